package dev.nbexport.core.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/** The characters of an output's values, as {@code --max-size} counts them; read back only when a size limit is set. */
final class OutputMeasure {

    private static final ObjectMapper TREES = new ObjectMapper();

    private OutputMeasure() {
    }

    static long characters(NotebookVerifier.Span span) {
        try (InputStream in = span.source().open(span.start(), span.end())) {
            return characters(TREES.readTree(in));
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static long characters(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue().codePointCount(0, node.textValue().length());
        }
        if (node.isContainerNode()) {
            long total = 0;
            for (JsonNode child : node) {
                total += characters(child);
            }
            return total;
        }
        if (node.isNull()) {
            return 4;
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? 4 : 5;
        }
        return node.isFloatingPointNumber() ? dev.nbexport.core.notebook.PythonFloat.repr(node.doubleValue()).length()
                : node.asText().length();
    }
}
