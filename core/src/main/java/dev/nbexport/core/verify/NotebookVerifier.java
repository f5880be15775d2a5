package dev.nbexport.core.verify;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nbexport.core.known.KnownValues;
import dev.nbexport.core.notebook.BlankSources;
import dev.nbexport.core.notebook.InvalidUtf8Exception;
import dev.nbexport.core.notebook.Columns;
import dev.nbexport.core.notebook.Location;
import dev.nbexport.core.notebook.MergeConflicts;
import dev.nbexport.core.notebook.NotebookReader;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.Shape;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Checks that a notebook holds no data under a policy. It reads the file's bytes itself, with its
 * own parser and its own reading of the policy, sharing nothing with the stripper: a bug in one
 * must not hide in the other. Outputs, attachments and widget state are never read into memory;
 * their size and hash come from the bytes they occupy. Where the policy keeps them, strip reads them
 * whole, and so they are read again from their bytes, one value at a time, for a key repeated with
 * another value, which strip refuses ({@link Walk#requireNoRepeatedKey}); a kept output's text is
 * read once more for the text rules ({@link OutputText}).
 */
public final class NotebookVerifier {

    private static final int MAX_DEPTH = 1000;
    private static final int MAX_NUMBER_LENGTH = 1000;
    private static final int MAX_STRING_LENGTH = 256 * 1024 * 1024;
    private static final int MAX_KEY_LENGTH = 50_000;

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH).maxNumberLength(MAX_NUMBER_LENGTH).maxStringLength(MAX_STRING_LENGTH)
                    .maxNameLength(MAX_KEY_LENGTH).build())
            .build();

    private static final Set<String> CELL_TYPES = Set.of("code", "markdown", "raw", "heading");
    /** A language's name, as nbformat 3 cells carry it: {@code python}, {@code r}, {@code c++}. */
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9_+.#-]{1,64}");
    /** Keys a cell may have in nbformat 2, 3 and 4; any other key could carry anything. */
    private static final Set<String> CELL_KEYS = Set.of("cell_type", "id", "metadata", "source", "outputs",
            "execution_count", "attachments", "input", "prompt_number", "language", "collapsed", "level", "rendered");
    /** Of those, the keys nbformat gives code cells alone: on a text cell they are keys the format does not define. */
    private static final Set<String> CODE_CELL_KEYS = Set.of("outputs", "execution_count", "input", "prompt_number",
            "language", "collapsed");
    /** The cell types that hold text, which nbformat gives no outputs, count, input or language. */
    private static final Set<String> TEXT_CELL_TYPES = Set.of("markdown", "raw", "heading");

    private final Policy policy;
    private final Severities severities;
    private final TextScanner scanner;
    /** The cell metadata the policy removes and allows, worked out once rather than per cell. */
    private final List<String> cellRemoved;
    private final Optional<Map<String, Shape>> cellAllowed;

    public NotebookVerifier(Policy policy, Severities severities, ScanSettings scan) {
        this(policy, severities, scan, KnownValues.NONE);
    }

    /** A verifier whose text rules also look for {@code known} values of the site's data. */
    public NotebookVerifier(Policy policy, Severities severities, ScanSettings scan, KnownValues known) {
        this.policy = policy;
        this.severities = severities;
        this.scanner = new TextScanner(scan, known);
        this.cellRemoved = PolicyReading.cellRemoved(policy);
        this.cellAllowed = PolicyReading.cellAllowed(policy);
    }

    /** A verifier with the severities and thresholds the policy sets. */
    public NotebookVerifier(Policy policy) {
        this(policy, KnownValues.NONE);
    }

    /** A verifier with the severities and thresholds the policy sets, looking for {@code known} values too. */
    public NotebookVerifier(Policy policy, KnownValues known) {
        this(policy, Severities.of(policy.verify()), ScanSettings.of(policy.verify()), known);
    }

    /**
     * The findings in one notebook; none in a file that holds nothing, empty or white space alone
     * (which is stripped as it is).
     */
    public List<Finding> verify(NotebookSource source) throws IOException {
        Walk walk = new Walk(source);
        if (source.length() == 0) {
            return walk.findings;
        }
        byte[] head;
        try (InputStream in = source.open(0, Math.min(source.length(), 4))) {
            head = in.readAllBytes();
        }
        if (BlankSources.isWhiteSpace(head[0]) && BlankSources.holdsNothing(source)) {
            return walk.findings;
        }
        // Jackson would guess UTF-16 or UTF-32 from these bytes; Jupyter reads only UTF-8.
        var encoding = NotebookReader.encodingProblem(head);
        if (encoding.isPresent()) {
            walk.unreadable(Location.at(1, 1), encoding.get());
            return walk.findings;
        }
        // Bad UTF-8 is the finding whatever else is wrong, as the reader has it: a file in memory is
        // checked before parsing; one read as a stream as it is read, and whole if parsing fails first.
        boolean inMemory = source.bytesInMemory() != null;
        if (inMemory && reportedBadUtf8(walk, source)) {
            return walk.findings;
        }
        try (InputStream in = inMemory ? source.open() : NotebookReader.checkingUtf8(source.open());
             JsonParser parser = JSON.createParser(in)) {
            walk.parser = parser;
            walk.notebook();
        } catch (InvalidUtf8Exception e) {
            reportBadUtf8(walk, NotebookReader.lineAndColumn(source, e.offset()));
        } catch (CharConversionException e) {
            walk.unreadable(Location.UNKNOWN, "not UTF-8");
        } catch (JacksonException e) {
            if (inMemory || !reportedBadUtf8(walk, source)) {
                // Placed as strip places it; a limit's error has no place of its own: that of the last token read.
                Location where = NotebookReader.placeOf(e, walk.readingPlace(), source);
                String conflict = MergeConflicts.isMarker(e.getOriginalMessage(), where.line(), where.column(), source) ? ": " + MergeConflicts.ADVICE : "";
                walk.unreadable(where, jsonProblem(e) + conflict);
            }
        } catch (Unreadable e) {
            if (inMemory || !reportedBadUtf8(walk, source)) {
                walk.unreadable(e.where, e.getMessage());
            }
        }
        return walk.findings;
    }

    /** What is wrong with the JSON, in the verifier's own words: Jackson's may quote the input. */
    private static String jsonProblem(JacksonException e) {
        if (!(e instanceof StreamConstraintsException)) {
            return JsonTrees.DUPLICATE_KEY.equals(e.getOriginalMessage()) ? JsonTrees.DUPLICATE_KEY : "invalid JSON";
        }
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("Name length")) {
            return "a key longer than " + MAX_KEY_LENGTH + " bytes";
        } else if (message.contains("nesting depth")) {
            return "nested deeper than " + MAX_DEPTH + " levels";
        } else if (message.contains("Number value length")) {
            return "a number longer than " + MAX_NUMBER_LENGTH + " digits";
        } else if (message.contains("String value length")) {
            return "a string longer than " + MAX_STRING_LENGTH + " characters";
        }
        return "a value past the parser's limits";
    }

    /** Reports bad UTF-8 as the one finding, if the source holds any; whether it did. */
    private static boolean reportedBadUtf8(Walk walk, NotebookSource source) throws IOException {
        Optional<Location> invalid = NotebookReader.invalidUtf8(source);
        invalid.ifPresent(at -> reportBadUtf8(walk, at));
        return invalid.isPresent();
    }

    private static void reportBadUtf8(Walk walk, Location at) {
        walk.unreadable(at, "not valid UTF-8");
    }

    /** Where a finding is: cell, pointer, line. */
    record Place(int cell, String cellId, String pointer, long line) {
        /** A malformed id is not shown: it may be the data itself ({@code field-shape} reports it). */
        Place {
            cellId = Location.isCellId(cellId) ? cellId : null;
        }

        static Place of(String pointer) {
            return new Place(-1, null, pointer, -1);
        }

        /** This place as a {@link Location}, which messages show as strip shows an error's place. */
        Location location() {
            return new Location(line, -1, cell, cellId, pointer);
        }

        /** A value at {@code suffix} inside this place, read at a known line (else at this place's line). */
        Place inside(String suffix, long atLine) {
            return new Place(cell, cellId, pointer + suffix, atLine > 0 ? atLine : line);
        }
    }

    private static final class Unreadable extends RuntimeException {
        final Location where;

        Unreadable(Location where, String message) {
            super(message, null, false, false);
            this.where = where;
        }
    }

    /** One pass over one notebook. */
    private final class Walk implements FindingSink {
        final NotebookSource source;
        final List<Finding> findings = new ArrayList<>();
        JsonParser parser;
        JsonNode notebookMetadata;
        /** Whether the notebook metadata has been read: nbformat 4 has it after the cells. */
        boolean metadataRead;
        /** The version declared ({@code nbformat}, {@code nbformat_minor}), or null where the key is missing. */
        VersionNumber format;
        VersionNumber formatMinor;
        /** Whether the top level has a list of cells. */
        boolean sawCellList;
        int cellCount;
        /** Outputs that wait for the notebook metadata, which may keep them all. */
        final List<PendingOutputs> pending = new ArrayList<>();

        Walk(NotebookSource source) {
            this.source = source;
        }

        /** The cell being read, from its start to the end of its list of cells; null outside cells. */
        CellFacts reading;

        /**
         * Where reading stands, as strip names it for an error without a place of its own: the line
         * of the last token read, and the cell.
         */
        Location readingPlace() {
            long line = parser == null ? -1 : parser.currentTokenLocation().getLineNr();
            return reading == null ? Location.at(line, -1) : new Location(line, -1, reading.index, reading.id, null);
        }

        /**
         * The notebook cannot be read: that is the one finding, at {@code where} (its column in
         * bytes, as the parser counts), whatever was found before.
         */
        void unreadable(Location where, String problem) {
            findings.clear();
            Severity severity = severities.of(Rule.UNREADABLE);
            if (severity != Severity.OFF) {
                Columns.Counted place = Columns.count(source, where);
                findings.add(new Finding(Rule.UNREADABLE, severity, source.name(), place.inCharacters(), place.utf16Units(),
                        source.length(), null, problem));
            }
        }

        void notebook() throws IOException {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw cannotRead(Place.of(""), "not a notebook: the top level is not an object");
            }
            Set<String> seen = new HashSet<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                once(seen, key, Place.of(""), "at the top level");
                JsonToken token = parser.nextToken();
                switch (key) {
                    case "cells" -> {
                        sawCellList = token == JsonToken.START_ARRAY;
                        cells(token, "/cells");
                    }
                    case "worksheets" -> worksheets(token);
                    case "metadata" -> notebookMetadata(token);
                    case "nbformat" -> {
                        format = versionNumber(token, "/nbformat");
                        parser.skipChildren();
                    }
                    case "nbformat_minor" -> {
                        formatMinor = versionNumber(token, "/nbformat_minor");
                        parser.skipChildren();
                    }
                    default -> {
                        if (policy.dropUnknownKeys()) {
                            Span span = skip();
                            report(Rule.NOTEBOOK_METADATA, Place.of("/" + escape(key)), span.size(), span.hash(),
                                    "an unexpected key at the top level");
                        } else {
                            scanKept(key, new Place(-1, null, "", parser.currentTokenLocation().getLineNr()));
                        }
                    }
                }
            }
            if (parser.nextToken() != null) {
                throw cannotRead(Place.of(""), "content after the notebook's closing brace");
            }
            // Without "nbformat", a list of cells alone is a notebook, as nbformat reads it and strip writes it back.
            boolean undeclared = format == null && sawCellList && !seen.contains("worksheets");
            if (format != null) {
                judgeVersion();
            } else if (!undeclared) {
                throw cannotRead(Place.of(""), "not a notebook: no whole-number \"nbformat\"");
            }
            judgePendingOutputs();
        }

        /** A version number where the parser stands: its value, or -1 when it is no whole number of 0 up to Java's int range. */
        private VersionNumber versionNumber(JsonToken token, String pointer) throws IOException {
            JsonLocation at = parser.currentTokenLocation();
            long value = -1;
            if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                long number = parser.getLongValue();
                value = number <= Integer.MAX_VALUE ? number : -1;
            }
            return new VersionNumber(new Location(at.getLineNr(), at.getColumnNr(), -1, null, pointer), value);
        }

        /**
         * The version declared, judged as strip judges it, in its order and words: a notebook of a
         * version strip refuses (nbformat 5, say) is one this verifier cannot vouch for either, as it
         * knows nothing of what such a version may hold. nbformat 4 of a later minor than 4.5 is read
         * as 4.5 is, as nbformat reads it.
         */
        private void judgeVersion() {
            if (format.value() < 0) {
                throw new Unreadable(format.at(), "\"nbformat\" is not a whole number of 0 or more");
            }
            if (formatMinor != null && formatMinor.value() < 0) {
                throw new Unreadable(formatMinor.at(), "\"nbformat_minor\" is not a whole number of 0 or more");
            }
            if (format.value() < 2 || format.value() > 4) {
                throw new Unreadable(format.at(), "nbformat " + format.value() + " is not supported (nbformat 2, 3 and 4 are)");
            }
        }

        /** Judges the outputs that waited for the notebook metadata, reporting them among their cells' findings. */
        private void judgePendingOutputs() {
            if (pending.isEmpty()) {
                return;
            }
            boolean notebookKeeps = PolicyReading.notebookKeepsOutputs(policy, notebookMetadata);
            List<Finding> reported = new ArrayList<>(findings);
            findings.clear();
            int from = 0;
            for (PendingOutputs cell : pending) {
                findings.addAll(reported.subList(from, cell.at()));
                from = cell.at();
                judgeOutputs(cell.where(), cell.outputs(), notebookKeeps ? cell.keptIfNotebookKeeps() : cell.keptOtherwise());
            }
            findings.addAll(reported.subList(from, reported.size()));
        }

        /** Reports the outputs of the cell at {@code cell} that the policy removes: all of them unless {@code keepAll}. */
        void judgeOutputs(Place cell, List<OutputFacts> outputs, boolean keepAll) {
            // Strip reads a cell's outputs whole where any of them may stay, and refuses a key repeated in any.
            if (keepAll || policy.maxSize() > 0 || !policy.keepOutputTypes().isEmpty()) {
                for (OutputFacts output : outputs) {
                    requireNoRepeatedKey(output.span(), cell);
                }
            }
            int i = 0;
            for (OutputFacts output : outputs) {
                Place place = cell.inside("/outputs/" + i++, output.span().line());
                boolean kept = keepAll || PolicyReading.keepsOutput(policy, output.type(), output.name(), output.span());
                if (kept && PolicyReading.dropsOutput(policy, output.type(), output.name())) {
                    kept = false;
                }
                if (!kept) {
                    report(outputRule(output.type()), place, output.span().size(), output.span().hash(),
                            outputMessage(output.type()));
                    continue;
                }
                if (output.counted() && !policy.keepCount()) {
                    report(Rule.EXECUTION_COUNT, place, 0, null, "an execution count on a kept output");
                }
                scanKeptOutput(output.span(), place);
            }
        }

        private static String outputMessage(String type) {
            if (type == null) {
                return "an output without a type";
            }
            String shown = ShownNames.outputType(type);
            return shown.equals(type) ? (type.matches("[aeiou].*") ? "an " : "a ") + type + " output" : "an output of type " + shown;
        }

        private static Rule outputRule(String type) {
            if (type == null) {
                return Rule.OUTPUT_OTHER;
            }
            return switch (type) {
                case "stream" -> Rule.OUTPUT_STREAM;
                case "display_data", "execute_result", "pyout" -> Rule.OUTPUT_RICH;
                case "error", "pyerr" -> Rule.OUTPUT_ERROR;
                default -> Rule.OUTPUT_OTHER;
            };
        }

        private void worksheets(JsonToken token) throws IOException {
            if (token != JsonToken.START_ARRAY) {
                throw cannotRead(Place.of("/worksheets"), "not a notebook: \"worksheets\" is not an array");
            }
            int w = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (parser.currentToken() != JsonToken.START_OBJECT) {
                    throw cannotRead(Place.of("/worksheets/" + w), "not a notebook: a worksheet is not an object");
                }
                String pointer = "/worksheets/" + w;
                Set<String> seen = new HashSet<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    once(seen, key, Place.of(pointer), "in a worksheet");
                    JsonToken value = parser.nextToken();
                    if (key.equals("cells")) {
                        cells(value, pointer + "/cells");
                    } else if (key.equals("metadata")) {
                        worksheetMetadata(pointer + "/metadata");
                    } else if (policy.dropUnknownKeys()) {
                        Span span = skip();
                        report(Rule.NOTEBOOK_METADATA, new Place(-1, null, pointer + "/" + escape(key), span.line()),
                                span.size(), span.hash(), "an unexpected key in a worksheet");
                    } else {
                        scanKept(key, new Place(-1, null, pointer, parser.currentTokenLocation().getLineNr()));
                    }
                }
                w++;
            }
        }

        private void cells(JsonToken token, String pointer) throws IOException {
            if (token != JsonToken.START_ARRAY) {
                throw cannotRead(Place.of(pointer), "not a notebook: the cells are not an array");
            }
            int i = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                String cellPointer = pointer + "/" + i++;
                if (parser.currentToken() != JsonToken.START_OBJECT) {
                    throw cannotRead(new Place(cellCount, null, cellPointer, -1), "not a notebook: a cell is not an object");
                }
                // Judged at once, so that memory holds one cell at a time, however many there are.
                new CellCheck(this, cell(cellCount++, cellPointer, parser.currentTokenLocation().getLineNr())).run();
            }
            reading = null;
        }

        private CellFacts cell(int index, String pointer, long line) throws IOException {
            CellFacts cell = new CellFacts(index, pointer, line);
            reading = cell;
            Set<String> seen = new HashSet<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                once(seen, key, new Place(index, cell.id, pointer, -1), "in a cell");
                JsonToken token = parser.nextToken();
                JsonLocation start = parser.currentTokenLocation();
                switch (key) {
                    case "outputs" -> outputs(cell, token);
                    case "attachments" -> attachments(cell, token);
                    case "metadata", "source", "input", "rendered", "cell_type", "id", "execution_count", "prompt_number",
                         "collapsed", "level", "language" -> {
                        long valueLine = parser.currentTokenLocation().getLineNr();
                        JsonNode value = JsonTrees.read(parser);
                        cell.put(key, value, valueLine, parser.currentTokenLocation().getLineNr());
                    }
                    default -> {
                        if (CELL_KEYS.contains(key)) {
                            skip();
                        } else if (policy.dropUnknownKeys()) {
                            cell.unexpected.add(new Named(key, skip()));
                        } else {
                            cell.keep(key, JsonTrees.read(parser));
                        }
                    }
                }
                if (CODE_CELL_KEYS.contains(key)) {
                    cell.keysOfCode.add(new Named(key, span(start)));
                }
            }
            return cell;
        }

        private void outputs(CellFacts cell, JsonToken token) throws IOException {
            if (token != JsonToken.START_ARRAY) {
                cell.outputs.add(new OutputFacts(null, null, false, skip()));
                return;
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                JsonLocation start = parser.currentTokenLocation();
                if (parser.currentToken() != JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    cell.outputs.add(new OutputFacts(null, null, false, span(start)));
                    continue;
                }
                String type = null;
                String name = null;
                boolean counted = false;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (key.equals("output_type") && value == JsonToken.VALUE_STRING) {
                        type = parser.getText();
                    } else if (key.equals("name") && value == JsonToken.VALUE_STRING) {
                        name = parser.getText();
                    } else if (key.equals("execution_count") && value != JsonToken.VALUE_NULL) {
                        // Only execution_count: nbstripout, and so the stripper, leaves the
                        // prompt_number of a kept nbformat 3 output as it is.
                        counted = true;
                    }
                    parser.skipChildren();
                }
                cell.outputs.add(new OutputFacts(type, name, counted, span(start)));
            }
        }

        private void attachments(CellFacts cell, JsonToken token) throws IOException {
            if (token != JsonToken.START_OBJECT) {
                cell.attachments.add(new Named("", skip()));
                return;
            }
            JsonLocation start = parser.currentTokenLocation();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                cell.attachments.add(new Named(name, skip()));
            }
            if (!policy.stripAttachments()) {
                requireNoRepeatedKey(span(start), new Place(cell.index, cell.id, cell.pointer, -1));
            }
        }

        private void notebookMetadata(JsonToken token) throws IOException {
            metadataRead = true;
            if (token != JsonToken.START_OBJECT) {
                Span span = skip();
                report(Rule.NOTEBOOK_METADATA, Place.of("/metadata"), span.size(), span.hash(), "notebook metadata is not an object");
                return;
            }
            long line = parser.currentTokenLocation().getLineNr();
            ObjectNode metadata = JsonTrees.object();
            Set<String> seen = new HashSet<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                once(seen, key, Place.of("/metadata"), "in the notebook metadata");
                parser.nextToken();
                if (key.equals("widgets")) {
                    Span span = skip();
                    if (PolicyReading.removesNotebookKey(policy, "widgets")) {
                        report(Rule.WIDGET_STATE, new Place(-1, null, "/metadata/widgets", span.line()), span.size(), span.hash(),
                                "widget state in the notebook metadata");
                    } else {
                        requireNoRepeatedKey(span, Place.of("/metadata"));
                    }
                } else {
                    metadata.set(key, JsonTrees.read(parser));
                }
            }
            notebookMetadata = metadata;
            new MetadataCheck(this, Rule.NOTEBOOK_METADATA, new Place(-1, null, "/metadata", line)).run(metadata,
                    PolicyReading.notebookRemoved(policy), PolicyReading.notebookAllowed(policy));
        }

        /**
         * nbformat 2 and 3: a worksheet's metadata, which nothing in Jupyter reads. Its values get
         * the text rules; under an allow-list for notebook metadata (export) none of its keys is allowed.
         */
        private void worksheetMetadata(String pointer) throws IOException {
            long line = parser.currentTokenLocation().getLineNr();
            JsonNode metadata = JsonTrees.read(parser);
            Optional<Map<String, Shape>> allowed = PolicyReading.notebookAllowed(policy).map(keys -> Map.of());
            new MetadataCheck(this, Rule.NOTEBOOK_METADATA, new Place(-1, null, pointer, line)).run(metadata, List.of(), allowed);
        }

        /**
         * A key the format does not define, which the policy keeps: its value gets the text rules
         * (and the check for widget state) as metadata does, at {@code place} and then the key.
         */
        private void scanKept(String key, Place place) throws IOException {
            ObjectNode holder = JsonTrees.object();
            holder.set(key, JsonTrees.read(parser));
            new MetadataCheck(this, Rule.NOTEBOOK_METADATA, place).run(holder, List.of(), Optional.empty());
        }

        /**
         * Takes {@code key}, the token being read, in an object where {@code seen} holds the keys
         * before it; a repeat is unreadable, placed where the repeated key stands, as strip places it.
         */
        private void once(Set<String> seen, String key, Place place, String where) {
            if (!seen.add(key)) {
                throw cannotRead(place, JsonTrees.DUPLICATE_KEY + " " + where);
            }
        }

        /**
         * Reads a value this walk skipped and strip keeps, so reads whole (a kept output, attachments,
         * widget state), again from its bytes: a key repeated in it with another value makes the
         * notebook unreadable, placed where the repeat stands, as strip refuses it there; one repeated
         * with an equal value hides nothing, and strip writes it once.
         */
        private void requireNoRepeatedKey(Span span, Place place) {
            try (InputStream in = span.source().open(span.start(), span.end()); JsonParser value = JSON.createParser(in)) {
                value.nextToken();
                JsonTrees.read(value);
            } catch (JacksonException e) {
                long offset = span.start() + Math.max(0, e.getLocation() == null ? 0 : e.getLocation().getByteOffset());
                Location at;
                try {
                    at = NotebookReader.lineAndColumn(source, offset);
                } catch (IOException unread) {
                    at = Location.UNKNOWN;
                }
                throw new Unreadable(new Location(at.line(), at.column(), place.cell(), place.cellId(), null), jsonProblem(e));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Gives the text of an output the policy keeps to the text rules, reading it again from its
         * bytes, one value at a time: what it printed leaves with it.
         */
        private void scanKeptOutput(Span span, Place place) {
            try (InputStream in = span.source().open(span.start(), span.end()); JsonParser output = JSON.createParser(in)) {
                OutputText.scan(output, place, span.line(), this);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The notebook cannot be read: at the token being read (line and column, as strip names them), in {@code place}. */
        private Unreadable cannotRead(Place place, String problem) {
            JsonLocation token = parser.currentTokenLocation();
            Location at = place.location();
            return new Unreadable(new Location(token.getLineNr(), token.getColumnNr(), at.cellIndex(), at.cellId(), at.pointer()),
                    problem);
        }

        /** Skips the current value, returning the bytes it occupied. */
        Span skip() throws IOException {
            JsonLocation at = parser.currentTokenLocation();
            parser.skipChildren();
            return span(at);
        }

        /** The bytes from {@code start} to the end of the current token, the last of a value. */
        private Span span(JsonLocation start) throws IOException {
            JsonToken token = parser.currentToken();
            long end;
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                end = parser.currentTokenLocation().getByteOffset() + 1;
            } else {
                parser.finishToken();
                end = parser.currentLocation().getByteOffset();
            }
            return new Span(source, start.getByteOffset(), end, start.getLineNr());
        }

        @Override
        public boolean dataUrisAreData() {
            return policy.stripDataUris();
        }

        @Override
        public void report(Rule rule, Place place, long size, String hash, String message) {
            Severity severity = severities.of(rule);
            if (severity != Severity.OFF) {
                findings.add(new Finding(rule, severity, source.name(), place.cell(), place.cellId(), place.pointer(),
                        place.line(), size, hash, message));
            }
        }

        @Override
        public void scanText(String text, Place place, boolean dataUrisAreData, boolean linesAreFileLines) {
            scanText(text, place, linesAreFileLines, rule -> rule != Rule.DATA_URI || dataUrisAreData);
        }

        @Override
        public void scanOutputText(String text, Place place, boolean linesAreFileLines) {
            scanText(text, place, linesAreFileLines, OutputText::readsOutputs);
        }

        private void scanText(String text, Place place, boolean linesAreFileLines, Predicate<Rule> rules) {
            for (TextHit hit : scanner.scan(text)) {
                if (!rules.test(hit.rule())) {
                    continue;
                }
                long line = place.line() > 0 && linesAreFileLines ? place.line() + hit.line() - 1 : place.line();
                Place at = new Place(place.cell(), place.cellId(), place.pointer(), line);
                String value = text.substring(hit.start(), hit.end());
                if (hit.standsForMore()) {
                    // Only the prefix reports show: accepting it would accept what it stands for, unseen.
                    report(hit.rule(), at, value.getBytes(StandardCharsets.UTF_8).length, Hashes.prefix(value), hit.what());
                } else {
                    reportText(hit.rule(), at, value, hit.what());
                }
            }
        }
    }

    /** A key as a segment of a finding's pointer: every pointer is built through here, so no report shows an unusual key. */
    static String escape(String key) {
        return ShownNames.pointerSegment(key);
    }

    /** A skipped value: where it sits in the file, so size and hash never need it in memory. */
    /** A version number as declared: where its value is (the column in bytes), and the value, or -1 when it is none strip takes. */
    private record VersionNumber(Location at, long value) {
    }

    record Span(NotebookSource source, long start, long end, long line) {
        long size() {
            return end - start;
        }

        String hash() {
            try (InputStream in = source.open(start, end)) {
                return Hashes.prefix(in);
            } catch (IOException e) {
                return null;
            }
        }
    }

    record Named(String name, Span span) {
    }

    record OutputFacts(String type, String name, boolean counted, Span span) {
    }

    /**
     * A cell's outputs that wait for the notebook metadata: where the cell is, where its findings
     * go in the report, and whether they stay if the notebook keeps every output and if it does not.
     */
    record PendingOutputs(int at, Place where, List<OutputFacts> outputs, boolean keptIfNotebookKeeps, boolean keptOtherwise) {
    }

    /** What one cell holds, gathered in any key order before it is judged. */
    static final class CellFacts {
        final int index;
        final String pointer;
        final long line;
        final java.util.Map<String, Long> lines = new java.util.HashMap<>();
        /** The line each value ends on: its last token's. */
        final java.util.Map<String, Long> endLines = new java.util.HashMap<>();
        String id;
        String cellType;
        JsonNode metadata;
        JsonNode source;
        JsonNode idNode;
        /** nbformat 3 fields of a fixed type: {@code collapsed}, {@code level}, {@code language}. */
        final Map<String, JsonNode> typed = new TreeMap<>();
        JsonNode input;
        JsonNode rendered;
        JsonNode executionCount;
        final List<OutputFacts> outputs = new ArrayList<>();
        final List<Named> attachments = new ArrayList<>();
        final List<Named> unexpected = new ArrayList<>();
        /** The keys nbformat gives code cells alone, in file order: unexpected when the cell holds text. */
        final List<Named> keysOfCode = new ArrayList<>();
        /** Which of {@code execution_count} and {@code prompt_number} hold a count rather than null. */
        final Set<String> counts = new HashSet<>();
        /** Keys the format does not define, with their values, where the policy keeps them; null while there are none. */
        ObjectNode kept;

        CellFacts(int index, String pointer, long line) {
            this.index = index;
            this.pointer = pointer;
            this.line = line;
        }

        /** A key the format does not define, kept by the policy: made only for the rare cell that has one. */
        void keep(String key, JsonNode value) {
            if (kept == null) {
                kept = JsonTrees.object();
            }
            kept.set(key, value);
        }

        void put(String key, JsonNode value, long line, long endLine) {
            lines.put(key, line);
            endLines.put(key, endLine);
            switch (key) {
                case "id" -> {
                    idNode = value;
                    id = value.isTextual() ? value.textValue() : null;
                }
                case "cell_type" -> cellType = value.isTextual() ? value.textValue() : String.valueOf(value);
                case "metadata" -> metadata = value;
                case "source" -> source = value;
                case "input" -> input = value;
                case "rendered" -> rendered = value;
                case "collapsed", "level", "language" -> typed.put(key, value);
                default -> {
                    if (!value.isNull()) {
                        executionCount = value;
                        counts.add(key);
                    }
                }
            }
        }

        Place place(String suffix) {
            return new Place(index, id, pointer + suffix, line);
        }

        /** A place inside a value read at a known line, such as an output or the source. */
        Place place(String suffix, long atLine) {
            return new Place(index, id, pointer + suffix, atLine > 0 ? atLine : line);
        }
    }

    /** Judges one cell once all of it has been seen. */
    private final class CellCheck {
        private final Walk walk;
        private final CellFacts cell;

        CellCheck(Walk walk, CellFacts cell) {
            this.walk = walk;
            this.cell = cell;
        }

        void run() {
            if (cell.cellType == null || !CELL_TYPES.contains(cell.cellType)) {
                walk.report(Rule.UNKNOWN_CELL_TYPE, cell.place("/cell_type"), 0, null,
                        cell.cellType == null ? "a cell without a cell_type" : "a cell of an unknown type");
            }
            for (Named key : policy.dropUnknownKeys() ? cell.unexpected : List.<Named>of()) {
                walk.report(Rule.CELL_METADATA, cell.place("/" + escape(key.name()), key.span().line()), key.span().size(), key.span().hash(),
                        "an unexpected key in a cell");
            }
            if (policy.dropUnknownKeys() && cell.cellType != null && TEXT_CELL_TYPES.contains(cell.cellType)) {
                checkKeysOfCode();
            }
            checkOutputs();
            if (!policy.keepCount() && cell.executionCount != null) {
                walk.report(Rule.EXECUTION_COUNT, cell.place(""), 0, null, "an execution count");
            }
            if (policy.stripAttachments()) {
                for (Named attachment : cell.attachments) {
                    walk.report(Rule.ATTACHMENT, cell.place("/attachments/" + escape(attachment.name()), attachment.span().line()),
                            attachment.span().size(), attachment.span().hash(), "an attachment");
                }
            }
            if (cell.metadata != null) {
                new MetadataCheck(walk, Rule.CELL_METADATA, cell.place("/metadata", cell.lines.getOrDefault("metadata", -1L))).run(cell.metadata,
                        cellRemoved, cellAllowed);
            }
            if (cell.kept != null) {
                new MetadataCheck(walk, Rule.CELL_METADATA, cell.place("", cell.line)).run(cell.kept, List.of(), Optional.empty());
            }
            checkDroppedTag();
            checkId();
            checkTypedFields();
            scanField(cell.source, "/source", policy.stripDataUris());
            scanField(cell.input, "/input", policy.stripDataUris());
            scanField(cell.rendered, "/rendered", policy.stripDataUris());
        }

        /** A cell the policy drops whole by one of its tags, which a strip under it would have removed. */
        private void checkDroppedTag() {
            if (policy.dropTaggedCells().isEmpty() || cell.metadata == null) {
                return;
            }
            for (JsonNode tag : cell.metadata.path("tags")) {
                if (tag.isTextual() && policy.dropTaggedCells().contains(tag.textValue())) {
                    walk.report(Rule.TAGGED_CELL, cell.place("/metadata/tags", cell.lines.getOrDefault("metadata", -1L)), 0, null,
                            "a cell tagged '" + tag.textValue() + "', which the policy drops");
                    return;
                }
            }
        }

        /**
         * A text cell's keys that code cells alone have, which strip removes where the policy drops
         * keys the format does not define; each is reported unless its own rule reports what it holds.
         */
        private void checkKeysOfCode() {
            for (Named key : cell.keysOfCode) {
                if (!reportedByItsOwnRule(key.name())) {
                    walk.report(Rule.CELL_METADATA, cell.place("/" + key.name(), key.span().line()), key.span().size(),
                            key.span().hash(), "a key only code cells have, in a " + cell.cellType + " cell");
                }
            }
        }

        private boolean reportedByItsOwnRule(String key) {
            return switch (key) {
                case "outputs" -> !cell.outputs.isEmpty() && PolicyReading.keepsNoOutput(policy);
                case "execution_count", "prompt_number" -> cell.counts.contains(key) && !policy.keepCount();
                default -> false;
            };
        }

        /** nbformat's cell id: 1 to 64 letters, digits, '-' and '_'. Anything else could be a payload. */
        private void checkId() {
            JsonNode id = cell.idNode;
            if (id != null && !(id.isTextual() && Location.isCellId(id.textValue()))) {
                reportShape("/id", id, "a cell id that is not 1 to 64 letters, digits, '-' or '_'");
            }
        }

        /** nbformat 3: {@code collapsed} is a flag, a heading's {@code level} a number, {@code language} a name. */
        private void checkTypedFields() {
            cell.typed.forEach((key, value) -> {
                boolean fits = switch (key) {
                    case "collapsed" -> value.isBoolean();
                    case "level" -> value.isIntegralNumber();
                    default -> value.isTextual() && LANGUAGE.matcher(value.textValue()).matches();
                };
                if (!fits) {
                    reportShape("/" + key, value, "a " + key + " field of the wrong type or form");
                }
            });
        }

        private void reportShape(String suffix, JsonNode value, String message) {
            walk.reportText(Rule.FIELD_SHAPE, cell.place(suffix, cell.lines.getOrDefault(suffix.substring(1), -1L)),
                    value.isTextual() ? value.textValue() : JsonTrees.compact(value), message);
        }

        private static boolean isText(JsonNode value) {
            if (value.isTextual()) {
                return true;
            }
            if (!value.isArray()) {
                return false;
            }
            for (JsonNode line : value) {
                if (!line.isTextual()) {
                    return false;
                }
            }
            return true;
        }

        private void scanField(JsonNode value, String suffix, boolean dataUrisAreData) {
            if (value == null) {
                return;
            }
            if (!isText(value)) {
                reportShape(suffix, value, "cell text that is neither a string nor a list of strings");
            }
            StringBuilder text = new StringBuilder();
            if (value.isTextual()) {
                text.append(value.textValue());
            } else if (value.isArray()) {
                for (JsonNode line : value) {
                    text.append(line.isTextual() ? line.textValue() : JsonTrees.compact(line));
                }
            } else {
                text.append(value);
            }
            long line = cell.lines.getOrDefault(suffix.substring(1), -1L);
            boolean jupyterLayout = line > 0 && SourceLayout.oneLineOfTextALine(value, line, cell.endLines.get(suffix.substring(1)));
            walk.scanText(text.toString(), cell.place(suffix, jupyterLayout ? line + 1 : line), dataUrisAreData, jupyterLayout);
        }

        /** Judges the outputs now, or once the notebook metadata is read where it may keep them all. */
        private void checkOutputs() {
            if (cell.outputs.isEmpty()) {
                return;
            }
            if (walk.metadataRead || !PolicyReading.notebookMayKeepOutputs(policy)) {
                boolean notebookKeeps = PolicyReading.notebookKeepsOutputs(policy, walk.notebookMetadata);
                walk.judgeOutputs(cell.place(""), cell.outputs, PolicyReading.keepsOutputs(policy, notebookKeeps, cell.metadata));
                return;
            }
            boolean ifNotebookKeeps = PolicyReading.keepsOutputs(policy, true, cell.metadata);
            boolean otherwise = PolicyReading.keepsOutputs(policy, false, cell.metadata);
            if (ifNotebookKeeps == otherwise) {
                walk.judgeOutputs(cell.place(""), cell.outputs, otherwise);
            } else {
                walk.pending.add(new PendingOutputs(walk.findings.size(), cell.place(""), cell.outputs, ifNotebookKeeps, otherwise));
            }
        }
    }
}
