package dev.nbexport.core.verify;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * The text of an output the policy keeps, given to the text rules: what it printed (a stream's
 * {@code text}), the values of its MIME bundle ({@code text/plain}, {@code text/html},
 * {@code text/markdown}, {@code text/latex}, {@code image/svg+xml}, {@code application/json} and
 * the other JSON types, which are read as their JSON text), an error's name, value and traceback,
 * its metadata, and any key nbformat does not define, each at its own pointer below the output.
 * Images and other base64-encoded payloads are not read, their bytes being no text, as long as
 * they are base64: what else stands under such a key is read as any other text.
 */
final class OutputText {

    /** nbformat 3's keys for images and PDF, whose value is base64 of a binary file. */
    private static final Set<String> ENCODED_V3 = Set.of("png", "jpeg", "gif", "pdf");
    /** An output's keys that name its kind, which the output rules already judge. */
    private static final Set<String> LABELS = Set.of("output_type", "name", "stream", "execution_count", "prompt_number");

    private OutputText() {
    }

    /**
     * Whether {@code rule} reads an output's text. Not {@code data-uri} nor {@code encoded-blob}: an
     * image inline in a kept HTML output is the image a policy that keeps outputs keeps, and plotting
     * libraries write their arrays as base64; nor {@code long-literal}, about a line someone typed in a
     * cell, where an output's HTML and scripts come in long lines.
     */
    static boolean readsOutputs(Rule rule) {
        return rule != Rule.DATA_URI && rule != Rule.ENCODED_BLOB && rule != Rule.LONG_LITERAL;
    }

    /**
     * Gives {@code sink} the texts of the output {@code parser} is about to read, one value at a time,
     * at {@code output} and the pointer of each; {@code line} is the file's line where the output starts.
     */
    static void scan(JsonParser parser, NotebookVerifier.Place output, long line, FindingSink sink) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            text(parser, output, line, sink);
            return;
        }
        fields(parser, output, line, sink, true);
    }

    private static void fields(JsonParser parser, NotebookVerifier.Place place, long line, FindingSink sink, boolean outputLevel)
            throws IOException {
        // A key repeated with an equal value (another is refused before this is read) is read once.
        Set<String> seen = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken token = parser.nextToken();
            if (!seen.add(key) || outputLevel && LABELS.contains(key)) {
                parser.skipChildren();
                continue;
            }
            NotebookVerifier.Place here = place.inside("/" + NotebookVerifier.escape(key), fileLine(parser, line));
            if (outputLevel && key.equals("data") && token == JsonToken.START_OBJECT) {
                fields(parser, here, line, sink, false);
            } else if (isEncoded(key)) {
                // An image's key says base64, which the value must then be: any other text is read.
                JsonNode value = JsonTrees.read(parser);
                if (!isBase64(value)) {
                    text(value, parser, here, line, sink);
                }
            } else {
                text(JsonTrees.read(parser), parser, here, line, sink);
            }
        }
    }

    /**
     * Whether a MIME type (or nbformat 3's key) names base64 of a binary file: an image but SVG, or
     * PDF, also inside another type's name ({@code application/papermill.record/image/png}).
     */
    private static boolean isEncoded(String key) {
        if (ENCODED_V3.contains(key)) {
            return true;
        }
        int image = key.indexOf("image/");
        return image >= 0 && (image == 0 || key.charAt(image - 1) == '/') && !key.startsWith("svg", image + 6)
                || key.endsWith("application/pdf");
    }

    /** The value the parser stands on as one text: a string, lines of text joined, else its JSON. */
    private static void text(JsonParser parser, NotebookVerifier.Place place, long line, FindingSink sink) throws IOException {
        text(JsonTrees.read(parser), parser, place, line, sink);
    }

    private static void text(JsonNode value, JsonParser parser, NotebookVerifier.Place place, long line, FindingSink sink) {
        if (value.isTextual()) {
            sink.scanOutputText(value.textValue(), place, false);
            return;
        }
        if (value.isArray() && allText(value)) {
            StringBuilder text = new StringBuilder();
            value.forEach(item -> text.append(item.textValue()));
            boolean jupyterLayout = SourceLayout.oneLineOfTextALine(value, place.line(), fileLine(parser, line));
            sink.scanOutputText(text.toString(), jupyterLayout ? place.inside("", place.line() + 1) : place, jupyterLayout);
            return;
        }
        if (!value.isBoolean() && !value.isNull()) {
            sink.scanOutputText(value.toPrettyString(), place, false);
        }
    }

    /** Whether {@code value} is base64 as an image is written: one string, or lines of it, of its alphabet and line breaks. */
    private static boolean isBase64(JsonNode value) {
        if (value.isTextual()) {
            return isBase64(value.textValue());
        }
        if (!value.isArray() || !allText(value)) {
            return false;
        }
        for (JsonNode item : value) {
            if (!isBase64(item.textValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBase64(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean alphabet = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '=';
            if (!alphabet && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                return false;
            }
        }
        return true;
    }

    /** The file's line of the parser's current token, the output read from {@code line} on. */
    private static long fileLine(JsonParser parser, long line) {
        return line + parser.currentTokenLocation().getLineNr() - 1;
    }
}
