package dev.nbexport.core.notebook;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * The one JSON factory for reading notebooks, and the translation of its errors into
 * {@link InvalidNotebookException}s whose messages never repeat the input's content.
 */
final class JsonParsing {

    /** Python's JSON reader gives up around this depth too. */
    static final int MAX_DEPTH = 1000;
    /** Python refuses integers of more than 4300 digits; 1000 is far beyond any real notebook. */
    static final int MAX_NUMBER_LENGTH = 1000;
    /**
     * Longest single string kept in memory (a kept output or a source). Skipped strings are never
     * measured, so dropped outputs of any size pass.
     */
    static final int MAX_KEPT_STRING = 256 * 1024 * 1024;
    /** Jackson's own default, set here because the skim of dropped outputs applies it too. */
    static final int MAX_KEY_LENGTH = 50_000;

    static final JsonFactory FACTORY = settings().build();

    /** The same settings, for a whole file in memory: its parsers can jump over what a scan has checked. */
    private static final JsonFactory WHOLE_FILE_FACTORY = new JumpingParser.Factory(settings());

    /** Keys of the notebook format itself, safe to name in a message; other keys may be data. */
    private static final Set<String> FORMAT_KEYS = Set.of("cells", "worksheets", "metadata", "nbformat",
            "nbformat_minor", "cell_type", "source", "outputs", "execution_count", "id", "attachments",
            "output_type", "data", "text", "name", "input", "prompt_number", "language", "traceback",
            "ename", "evalue");

    private JsonParsing() {
    }

    private static JsonFactoryBuilder settings() {
        return new JsonFactoryBuilder()
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxStringLength(MAX_KEPT_STRING)
                        .maxNameLength(MAX_KEY_LENGTH)
                        .build());
    }

    /** A parser over a whole file's bytes (UTF-8, as the reader has checked). */
    static JumpingParser parserOver(byte[] whole) throws IOException {
        return (JumpingParser) WHOLE_FILE_FACTORY.createParser(whole, 0, whole.length);
    }

    static InvalidNotebookException translate(JacksonException e, Location context) {
        return translate(e, context, null);
    }

    /**
     * {@link #translate(JacksonException, Location)} for a parser reading {@code source}: a word
     * Jackson does not know is placed where it starts, as Python's reader places it.
     */
    static InvalidNotebookException translate(JacksonException e, Location context, NotebookSource source) {
        Location location = placeOf(e, context, source);
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            if (message.contains("nesting depth")) {
                return new InvalidNotebookException(InvalidNotebookException.Kind.TOO_DEEP, location,
                        "nested deeper than " + MAX_DEPTH + " levels", e);
            }
            if (message.contains("Name length")) {
                return new InvalidNotebookException(InvalidNotebookException.Kind.TOO_LARGE, location,
                        "a key longer than " + MAX_KEY_LENGTH + " bytes", e);
            }
            if (message.contains("Number value length")) {
                return new InvalidNotebookException(InvalidNotebookException.Kind.TOO_LARGE, location,
                        "a number longer than " + MAX_NUMBER_LENGTH + " digits", e);
            }
            return new InvalidNotebookException(InvalidNotebookException.Kind.TOO_LARGE, location,
                    "a kept string longer than " + MAX_KEPT_STRING + " characters", e);
        }
        // Jackson's "Invalid UTF-8" is not taken at its word: the reader checks every byte itself (bad
        // UTF-8 is its error first), and Jackson says so of a valid letter where no value may start.
        if (message.contains("end-of-input")) {
            return new InvalidNotebookException(InvalidNotebookException.Kind.NOT_JSON, location,
                    "unexpected end of file (truncated?)", e);
        }
        return new InvalidNotebookException(InvalidNotebookException.Kind.NOT_JSON, location,
                MergeConflicts.isMarker(message, location.line(), location.column(), source) ? "invalid JSON: " + MergeConflicts.ADVICE : "invalid JSON", e);
    }

    /**
     * Where Jackson's error {@code e} stands in {@code source}, in {@code context}'s cell: its line
     * and column, a word Jackson does not know placed where it starts, as Python's reader places it;
     * {@code context} itself when Jackson gives no place (a limit's error).
     */
    static Location placeOf(JacksonException e, Location context, NotebookSource source) {
        JsonLocation where = e.getLocation();
        return where == null ? context
                : new Location(where.getLineNr(), where.getColumnNr() - wordBefore(e, source), context.cellIndex(), context.cellId(), null);
    }

    private static final String UNRECOGNIZED = "Unrecognized token '";

    /**
     * How far before Jackson's place an unrecognised word ({@code tru}, {@code x}) starts: Jackson
     * places the error after it and the character that ended it. 0 when that is not the error, or
     * the word is not found just there.
     */
    private static int wordBefore(JacksonException e, NotebookSource source) {
        String message = e.getOriginalMessage();
        long offset = e.getLocation().getByteOffset();
        int close = message == null ? -1 : message.indexOf("': ", UNRECOGNIZED.length());
        if (source == null || close < 0 || !message.startsWith(UNRECOGNIZED) || offset < 0 || offset > source.length()) {
            return 0;
        }
        byte[] word = message.substring(UNRECOGNIZED.length(), close).getBytes(StandardCharsets.UTF_8);
        long from = Math.max(0, offset - word.length - 1);
        byte[] before;
        try (InputStream in = source.open(from, offset)) {
            before = in.readAllBytes();
        } catch (IOException unread) {
            return 0;
        }
        for (int start = before.length - word.length; start >= 0; start--) {
            if (Arrays.equals(before, start, start + word.length, word, 0, word.length)) {
                return before.length - start;
            }
        }
        return 0;
    }

    /** {@code " \"outputs\""} for a key of the format itself; nothing for other keys, which may be data. */
    static String quotedKey(String key) {
        return FORMAT_KEYS.contains(key) ? " \"" + key + "\"" : "";
    }
}
