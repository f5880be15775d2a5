package dev.nbexport.core.strip;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nbexport.core.Nbexport;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.Policy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Strips notebooks given as text and reads the result back as a JSON tree. */
final class StripTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StripTestSupport() {
    }

    static StripResult strip(String notebook, Policy policy) {
        try {
            return Nbexport.strip(NotebookSource.of("test.ipynb", notebook.getBytes(StandardCharsets.UTF_8)), policy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode stripped(String notebook, Policy policy) {
        return tree(strip(notebook, policy).bytes());
    }

    static JsonNode tree(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A nbformat 4.5 notebook with the given cells (JSON objects, comma-separated) and notebook metadata. */
    static String notebook(String metadata, String... cells) {
        return "{\"cells\": [" + String.join(",", cells) + "], \"metadata\": " + metadata
                + ", \"nbformat\": 4, \"nbformat_minor\": 5}";
    }

    static String code(String id, String metadata, String outputs) {
        return "{\"cell_type\": \"code\", \"execution_count\": 7, \"id\": \"" + id + "\", \"metadata\": " + metadata
                + ", \"outputs\": " + outputs + ", \"source\": [\"print(1)\\n\", \"x\"]}";
    }

    static String markdown(String id, String metadata, String source) {
        return "{\"cell_type\": \"markdown\", \"id\": \"" + id + "\", \"metadata\": " + metadata
                + ", \"source\": " + JSON.valueToTree(source) + "}";
    }

    static final String STDOUT = "{\"name\": \"stdout\", \"output_type\": \"stream\", \"text\": [\"row 1\\n\"]}";
    static final String STDERR = "{\"name\": \"stderr\", \"output_type\": \"stream\", \"text\": [\"warning\\n\"]}";
    static final String IMAGE = "{\"data\": {\"image/png\": \"iVBORw0KGgo=\", \"text/plain\": [\"<Figure>\"]},"
            + " \"metadata\": {}, \"output_type\": \"display_data\"}";
    static final String RESULT = "{\"data\": {\"text/plain\": [\"42\"]}, \"execution_count\": 7, \"metadata\": {},"
            + " \"output_type\": \"execute_result\"}";
}
