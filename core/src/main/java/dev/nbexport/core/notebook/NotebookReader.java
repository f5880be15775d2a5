package dev.nbexport.core.notebook;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.nbexport.core.notebook.InvalidNotebookException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a notebook in one streaming pass, following a {@link ReadPlan}: what the plan skips is
 * counted but never held in memory. The result is in Jupyter's in-memory form (multi-line text
 * joined, transient keys removed).
 */
public final class NotebookReader {

    /** The bytes at the start of a file that its encoding and its line breaks are judged by. */
    private static final int HEAD = 64 * 1024;

    private final NotebookSource source;
    private final ReadPlan plan;
    private JsonParser parser;
    /** The parser again, when the whole file is in memory and the parser can jump over what a scan checked. */
    private JumpingParser jumping;
    /** The cell being read (counting across nbformat 3 worksheets), or -1 outside the cells. */
    private int cellIndex = -1;
    private int cellsRead;
    /** For a file in memory: its bytes before this index are strict UTF-8. */
    private int utf8Checked;
    private String cellId;
    private Location loneSurrogate;
    /** Bytes of the file in lists of outputs passed over: what writing the notebook back will not need. */
    private long skippedBytes;
    /** Where each top-level key's value starts, for the shape's errors. */
    private final Map<String, Location> topPlaces = new HashMap<>();

    private NotebookReader(NotebookSource source, ReadPlan plan) {
        this.source = source;
        this.plan = plan;
    }

    public static Notebook read(NotebookSource source, ReadPlan plan) throws IOException {
        try {
            return new NotebookReader(source, plan).read();
        } catch (InvalidNotebookException e) {
            throw inCharacters(e, source);
        }
    }

    /**
     * Reads any JSON document (a Zeppelin note, say) into maps in file order, lists and scalars,
     * with the checks a notebook gets: UTF-8 without byte order mark, one value, no key repeated
     * with a different value.
     */
    public static Object readJson(NotebookSource source) throws IOException {
        try {
            return new NotebookReader(source, ReadPlan.KEEP_ALL).readTree();
        } catch (InvalidNotebookException e) {
            throw inCharacters(e, source);
        }
    }

    /**
     * {@code e} with its column counted in characters, as messages show it, rather than in the
     * bytes the parser counts: worked out here, once a file is refused, so that reading never pays.
     */
    private static InvalidNotebookException inCharacters(InvalidNotebookException e, NotebookSource source) {
        Location where = Columns.inCharacters(source, e.location());
        return where.equals(e.location()) ? e : e.at(where);
    }

    /** Reads back an array that an earlier read deferred. */
    @SuppressWarnings("unchecked")
    public static List<Object> readDeferred(NotebookSource source, Notebook.Deferred deferred) throws IOException {
        NotebookReader reader = new NotebookReader(source, ReadPlan.KEEP_ALL);
        // Checked again: a large file is read a second time here, and may have changed since.
        try (InputStream in = checkingUtf8(source.open(deferred.start(), deferred.end()));
             JsonParser parser = JsonParsing.FACTORY.createParser(in)) {
            reader.parser = parser;
            parser.nextToken();
            return (List<Object>) reader.value();
        } catch (InvalidUtf8Exception e) {
            throw inCharacters(notUtf8(lineAndColumn(source, deferred.start() + e.offset())), source);
        } catch (InvalidNotebookException e) {
            throw inCharacters(e.at(inSource(source, deferred.start(), e.location())), source);
        } catch (JacksonException e) {
            InvalidNotebookException translated = JsonParsing.translate(e, Location.UNKNOWN);
            throw inCharacters(translated.at(inSource(source, deferred.start(), translated.location())), source);
        }
    }

    /**
     * {@code where}, placed by a parser that began at byte {@code start} of {@code source} (its lines,
     * and the columns of its first line, count from there), placed in the whole source, the column
     * in bytes.
     */
    private static Location inSource(NotebookSource source, long start, Location where) throws IOException {
        if (where.line() < 1) {
            return where;
        }
        Location first = lineAndColumn(source, start);
        long column = where.line() == 1 && where.column() > 0 ? first.column() - 1 + where.column() : where.column();
        return new Location(first.line() + where.line() - 1, column, where.cellIndex(), where.cellId(), where.pointer());
    }

    private Object readTree() throws IOException {
        try (InputStream in = source.open(0, Math.min(source.length(), 64 * 1024))) {
            checkEncoding(in.readAllBytes());
        }
        try (InputStream in = checkingUtf8(source.open()); JsonParser p = JsonParsing.FACTORY.createParser(in)) {
            parser = p;
            if (p.nextToken() == null) {
                throw new InvalidNotebookException(Kind.NOT_JSON, Location.at(1, 1), "empty file");
            }
            Object tree = value();
            requireEnd();
            return tree;
        } catch (InvalidUtf8Exception e) {
            throw notUtf8(lineAndColumn(source, e.offset()));
        } catch (JacksonException e) {
            throw badUtf8Or(JsonParsing.translate(e, parserPlace(), source), null);
        } catch (InvalidNotebookException e) {
            throw badUtf8Or(e, null);
        }
    }

    private Notebook read() throws IOException {
        byte[] head;
        try (InputStream in = source.open(0, Math.min(source.length(), HEAD))) {
            // A file read whole serves as its own head, uncopied.
            byte[] whole = source.bytesInMemory();
            head = whole != null ? whole : in.readAllBytes();
        }
        checkEncoding(head);
        Map<String, Object> root;
        // Bytes that are not strict UTF-8 are the error, before anything else, as Jupyter has it
        // (Jackson decodes overlong forms and encoded surrogates, and checks a key's bytes only when
        // it has not seen a key like it). A file is checked in order as it is read: one in memory by
        // the scans that jump over outputs and sources, and between them by a check of its own; one
        // read as a stream by the stream. When something else is found wrong first, the rest of the
        // file is checked before that is reported.
        byte[] whole = source.bytesInMemory();
        try (InputStream in = whole != null ? null : checkingUtf8(source.open());
             JsonParser p = whole != null ? JsonParsing.parserOver(whole) : JsonParsing.FACTORY.createParser(in)) {
            parser = p;
            jumping = whole != null ? (JumpingParser) p : null;
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new InvalidNotebookException(Kind.NOT_JSON, Location.at(1, 1), "empty file");
            }
            if (first != JsonToken.START_OBJECT) {
                value();
                requireEnd();
                throw new InvalidNotebookException(Kind.NOT_A_NOTEBOOK, Location.at(1, 1),
                        "not a notebook: the top level is " + describe(first) + ", not an object");
            }
            root = top();
            requireEnd();
            if (whole != null) {
                checkUtf8Before(whole.length);
            }
        } catch (InvalidUtf8Exception e) {
            throw notUtf8(lineAndColumn(source, e.offset()));
        } catch (JacksonException e) {
            throw badUtf8Or(JsonParsing.translate(e, parserPlace(), source), whole);
        } catch (InvalidNotebookException e) {
            throw badUtf8Or(e, whole);
        } catch (RuntimeException e) {
            // A failure nothing foresaw, in a file with bytes that are not UTF-8, is still reported
            // as those bytes, as when a file in memory was checked whole before parsing.
            Optional<Location> invalid = whole == null ? Optional.empty() : uncheckedInvalidUtf8(whole, whole.length);
            if (invalid.isPresent()) {
                throw notUtf8(invalid.get());
            }
            throw e;
        }
        FormatVersion version = NotebookShape.check(root, topPlaces);
        if (loneSurrogate != null && version.major() >= 4) {
            throw new InvalidNotebookException(Kind.LONE_SURROGATE, loneSurrogate,
                    "a string holds a lone UTF-16 surrogate, which cannot be written as UTF-8");
        }
        Notebook notebook = new Notebook(root, version, usesCrlf(head), source.length() - skippedBytes);
        LineLayout layout = LineLayout.of(version);
        Transients.removeFromNotebook(notebook);
        for (Map<String, Object> cell : notebook.cells()) {
            layout.rejoin(cell);
            Transients.removeFromCell(cell, version.major());
        }
        return notebook;
    }

    /**
     * Where reading stands, for an error that carries no place of its own (a parser limit): the
     * line of the last token read, and the cell.
     */
    private Location parserPlace() {
        return new Location(parser == null ? -1 : parser.currentTokenLocation().getLineNr(), -1, cellIndex, cellId, null);
    }

    /** {@code problem}, unless the file holds bad UTF-8 where it has not been checked yet. */
    private InvalidNotebookException badUtf8Or(InvalidNotebookException problem, byte[] whole) throws IOException {
        Optional<Location> invalid = whole == null ? invalidUtf8(source) : uncheckedInvalidUtf8(whole, whole.length);
        return invalid.isPresent() ? notUtf8(invalid.get()) : problem;
    }

    /** Checks the bytes of the file in memory that no scan has checked, up to {@code end} (an ASCII byte, or the end). */
    private void checkUtf8Before(int end) throws IOException {
        Optional<Location> invalid = uncheckedInvalidUtf8(jumping.bytes(), end);
        if (invalid.isPresent()) {
            throw notUtf8(invalid.get());
        }
        utf8Checked = end;
    }

    /** Where the first byte that is not strict UTF-8 stands among those of {@code whole} before {@code end} that no scan has checked. */
    private Optional<Location> uncheckedInvalidUtf8(byte[] whole, int end) throws IOException {
        int invalid = Utf8.firstInvalid(whole, utf8Checked, end);
        return invalid < 0 ? Optional.empty() : Optional.of(lineAndColumn(source, invalid));
    }

    private static InvalidNotebookException notUtf8(Location location) {
        return new InvalidNotebookException(Kind.NOT_UTF8, location, "not valid UTF-8");
    }

    /**
     * The bytes of {@code in}, checked as they are read: the first that is not strict UTF-8 throws
     * {@link InvalidUtf8Exception} before it is handed out.
     */
    public static InputStream checkingUtf8(InputStream in) {
        return new Utf8.Checking(in);
    }

    /** Where the first byte of {@code source} that is not strict UTF-8 stands (line and column, in bytes), if any. */
    public static Optional<Location> invalidUtf8(NotebookSource source) throws IOException {
        byte[] whole = source.bytesInMemory();
        long offset;
        if (whole != null) {
            offset = Utf8.firstInvalid(whole);
        } else {
            try (InputStream in = source.open()) {
                offset = Utf8.firstInvalid(in);
            }
        }
        return offset < 0 ? Optional.empty() : Optional.of(lineAndColumn(source, offset));
    }

    /**
     * Where a JSON parser's error stands in {@code source}, as strip places its own: the line and
     * column, a word the parser does not know placed where it starts, in {@code context}'s cell;
     * {@code context} when the error has no place of its own (a parser limit).
     */
    public static Location placeOf(JacksonException e, Location context, NotebookSource source) {
        return JsonParsing.placeOf(e, context, source);
    }

    /**
     * The line and column of {@code offset}, the column in bytes as the parser counts it ({@link
     * Columns#inCharacters} counts it in characters for messages), with lines as the parser counts
     * them: CR, LF and CRLF each end one.
     */
    public static Location lineAndColumn(NotebookSource source, long offset) throws IOException {
        long line = 1;
        long lineStart = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = source.open(0, offset)) {
            int previous = -1;
            long at = 0;
            int read;
            while ((read = in.read(buffer)) > 0) {
                for (int i = 0; i < read; i++, at++) {
                    int b = buffer[i];
                    if (b == '\n' || b == '\r') {
                        if (!(b == '\n' && previous == '\r')) {
                            line++;
                        }
                        lineStart = at + 1;
                    }
                    previous = b;
                }
            }
        }
        return Location.at(line, offset - lineStart + 1);
    }

    private static void checkEncoding(byte[] head) {
        encodingProblem(head).ifPresent(problem -> {
            throw new InvalidNotebookException(problem.startsWith("starts with") ? Kind.BYTE_ORDER_MARK : Kind.NOT_UTF8,
                    Location.at(1, 1), problem);
        });
    }

    /**
     * What is wrong with a file's first bytes for a notebook, which Jupyter reads as UTF-8 without a
     * byte-order mark: a BOM, or the zero and 0xFE/0xFF bytes of UTF-16 or UTF-32.
     */
    public static Optional<String> encodingProblem(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
            return Optional.of("starts with a UTF-8 byte-order mark, which Jupyter does not accept");
        }
        for (int i = 0; i < Math.min(4, head.length); i++) {
            int b = head[i] & 0xff;
            if (b == 0 || b == 0xfe || b == 0xff) {
                return Optional.of("not UTF-8 (looks like UTF-16 or UTF-32)");
            }
        }
        return Optional.empty();
    }

    /** Whether the first line break within the file's first {@link #HEAD} bytes is CRLF. */
    private static boolean usesCrlf(byte[] head) {
        for (int i = 0; i < Math.min(head.length, HEAD); i++) {
            if (head[i] == '\n') {
                return i > 0 && head[i - 1] == '\r';
            }
        }
        return false;
    }

    private void requireEnd() throws IOException {
        if (parser.nextToken() != null) {
            throw new InvalidNotebookException(Kind.NOT_JSON, here(), "unexpected content after the notebook's closing brace");
        }
    }

    private Map<String, Object> top() throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            requireFirst(root, key);
            JsonToken token = parser.nextToken();
            topPlaces.put(key, here().withPointer("/" + key));
            Object value;
            if (key.equals("cells") && token == JsonToken.START_ARRAY) {
                value = cells(true);
            } else if (key.equals("worksheets") && token == JsonToken.START_ARRAY) {
                value = worksheets();
            } else if (key.equals("metadata") && token == JsonToken.START_OBJECT) {
                value = notebookMetadata();
            } else {
                value = value();
            }
            root.put(key, value);
        }
        return root;
    }

    private List<Object> worksheets() throws IOException {
        List<Object> worksheets = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                worksheets.add(value());
                continue;
            }
            Map<String, Object> worksheet = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                requireFirst(worksheet, key);
                JsonToken token = parser.nextToken();
                worksheet.put(key, key.equals("cells") && token == JsonToken.START_ARRAY ? cells(false) : value());
            }
            worksheets.add(worksheet);
        }
        return worksheets;
    }

    /** The cells of a notebook ({@code topLevel}, as in nbformat 4) or of a worksheet. */
    private List<Object> cells(boolean topLevel) throws IOException {
        List<Object> cells = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            cellIndex = cellsRead++;
            cellId = null;
            cells.add(parser.currentToken() == JsonToken.START_OBJECT ? cell(topLevel) : value());
        }
        cellIndex = -1;
        cellId = null;
        return cells;
    }

    private Map<String, Object> cell(boolean topLevel) throws IOException {
        Map<String, Object> cell = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            requireFirst(cell, key);
            JsonToken token = parser.nextToken();
            Object value = switch (key) {
                case "source" -> topLevel && token == JsonToken.START_ARRAY ? verbatimSource() : null;
                case "outputs" -> token == JsonToken.START_ARRAY && plan.outputs() != ReadPlan.Handling.KEEP ? outputs() : null;
                case "attachments" -> token == JsonToken.START_OBJECT && plan.skipAttachments()
                        ? new Notebook.Skipped(countAndSkipFields(), 0) : null;
                default -> null;
            };
            if (value == null) {
                value = value();
                if (value instanceof String id && key.equals("id")) {
                    cellId = id;
                }
            }
            cell.put(key, value);
        }
        return cell;
    }

    /**
     * The source list at the current token as a {@link VerbatimSource}, when the file is in memory
     * and the list is in Jupyter's layout at a cell's depth; else null, and nothing is consumed.
     */
    private VerbatimSource verbatimSource() throws IOException {
        if (jumping == null) {
            return null;
        }
        byte[] bytes = jumping.bytes();
        long offset = parser.currentTokenLocation().getByteOffset();
        int start = offset < 0 || offset > bytes.length ? -1 : (int) offset;
        CanonicalLines.Span span = CanonicalLines.span(bytes, start, VerbatimSource.LINE_DEPTH);
        // A list longer than the longest string kept goes the full way, which applies that limit.
        if (span == null || span.end() - start > JsonParsing.MAX_KEPT_STRING) {
            return null;
        }
        checkUtf8Before(start);
        int end = span.end();
        utf8Checked = end;
        // Checked to be a well-formed list of strings: the parser may jump to its closing bracket,
        // which stands on the last line, after the indentation of the cell.
        jumping.jumpTo(end - 1, span.lineBreaks(), end - VerbatimSource.LINE_DEPTH);
        parser.nextToken();
        return new VerbatimSource(bytes, start, end);
    }

    /** Counts outputs and those carrying an image while skipping them; defers them if the plan says so. */
    private Object outputs() throws IOException {
        long start = parser.currentTokenLocation().getByteOffset();
        SkimmedOutputs skimmed = jumping == null ? null : SkimmedOutputs.skim(jumping.bytes(), (int) start);
        Notebook.Skipped counted;
        if (skimmed != null) {
            checkUtf8Before((int) start);
            utf8Checked = skimmed.close();
            jumping.jumpTo(skimmed.close(), skimmed.lineBreaks(), skimmed.lineStart());
            parser.nextToken();
            counted = new Notebook.Skipped(skimmed.outputs(), skimmed.images());
        } else {
            counted = walkOutputs(parser);
        }
        long end = parser.currentTokenLocation().getByteOffset() + 1;
        skippedBytes += end - start;
        return plan.outputs() == ReadPlan.Handling.DEFER
                ? new Notebook.Deferred(start, end, counted.count(), counted.images())
                : counted;
    }

    /**
     * Walks the list of outputs that starts at the parser's current token to its end, counting the
     * outputs and those carrying an image ({@link ImageOutputs}).
     */
    static Notebook.Skipped walkOutputs(JsonParser parser) throws IOException {
        int count = 0;
        int images = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            count++;
            if (parser.currentToken() == JsonToken.START_OBJECT && hasImage(parser)) {
                images++;
            } else {
                parser.skipChildren();
            }
        }
        return new Notebook.Skipped(count, images);
    }

    /** Walks one output object to its end, telling whether it holds an image. */
    private static boolean hasImage(JsonParser parser) throws IOException {
        boolean image = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken token = parser.nextToken();
            if (key.equals("data") && token == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    image |= ImageOutputs.isImageType(parser.currentName());
                    parser.nextToken();
                    parser.skipChildren();
                }
            } else {
                image |= ImageOutputs.isImageKey(key);
                parser.skipChildren();
            }
        }
        return image;
    }

    private Map<String, Object> notebookMetadata() throws IOException {
        Map<String, Object> metadata = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            requireFirst(metadata, key);
            parser.nextToken();
            if (plan.skipNotebookMetadata(key)) {
                parser.skipChildren();
                metadata.put(key, new Notebook.Skipped(1, 0));
            } else {
                metadata.put(key, value());
            }
        }
        return metadata;
    }

    private int countAndSkipFields() throws IOException {
        int count = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            count++;
            parser.nextToken();
            parser.skipChildren();
        }
        return count;
    }

    /** Reads the value at the current token into maps, lists and scalars. */
    private Object value() throws IOException {
        switch (parser.currentToken()) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = checked(parser.currentName());
                    // Where the key stands, kept only for a repeat: the error names it, not the value after it.
                    Location repeated = map.containsKey(key) ? here() : null;
                    parser.nextToken();
                    Object value = value();
                    Object previous = map.put(key, value);
                    if (repeated != null && !Objects.equals(previous, value)) {
                        throw duplicate(key, repeated);
                    }
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value());
                }
                return list;
            }
            case VALUE_STRING:
                return text();
            case VALUE_NUMBER_INT:
                return switch (parser.getNumberType()) {
                    case INT, LONG -> parser.getLongValue();
                    default -> parser.getBigIntegerValue();
                };
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new InvalidNotebookException(Kind.NOT_JSON, here(), "invalid JSON");
        }
    }

    /**
     * The notebook's own structure (top level, worksheets, cells, notebook metadata) must not
     * repeat a key: a second value could hide data from a reader that keeps the first. Deeper
     * down, a key repeated with an equal value (some exporters do that) is harmless. Called while
     * the parser stands on {@code key}, so that the error names where the repeat is.
     */
    private void requireFirst(Map<String, Object> map, String key) {
        if (map.containsKey(key)) {
            throw duplicate(key, here());
        }
    }

    private static InvalidNotebookException duplicate(String key, Location where) {
        return new InvalidNotebookException(Kind.DUPLICATE_KEY, where, "duplicate key" + JsonParsing.quotedKey(key)
                + " (a second value could hide data from a reader that keeps the first)");
    }

    /** Notes the first lone surrogate; whether it is an error depends on the format version, known only at the end. */
    private String checked(String text) {
        if (loneSurrogate == null && hasLoneSurrogate(text)) {
            loneSurrogate = here();
        }
        return text;
    }

    /** A string value, checked for lone surrogates in the parser's own buffer, before a String exists. */
    private String text() throws IOException {
        char[] buffer = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int length = parser.getTextLength();
        if (loneSurrogate == null && hasLoneSurrogate(buffer, offset, offset + length)) {
            loneSurrogate = here();
        }
        return new String(buffer, offset, length);
    }

    private static boolean hasLoneSurrogate(String text) {
        return hasLoneSurrogate(text.toCharArray(), 0, text.length());
    }

    private static boolean hasLoneSurrogate(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 >= to || !Character.isLowSurrogate(chars[i + 1])) {
                    return true;
                }
                i++;
            }
        }
        return false;
    }

    private Location here() {
        JsonLocation location = parser.currentTokenLocation();
        return new Location(location.getLineNr(), location.getColumnNr(), cellIndex, cellId, null);
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "not a value";
        };
    }
}
