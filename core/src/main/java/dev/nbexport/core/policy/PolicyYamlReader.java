package dev.nbexport.core.policy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a policy file's YAML: strict UTF-8, a key repeated in a mapping refused (which value was
 * meant?), and every problem told in one line with its line and column, never quoting the file.
 */
final class PolicyYamlReader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private PolicyYamlReader() {
    }

    /** The file's tree: null or a missing node when it is empty. */
    static JsonNode read(Path path) {
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            // A named pipe or a device: reading it could wait forever.
            throw new InvalidPolicyException(path, "not a regular file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InvalidPolicyException(path, "cannot be read: " + e.getMessage(), e);
        }
        try {
            return YAML.readTree(utf8(path, bytes));
        } catch (JacksonException e) {
            throw new InvalidPolicyException(path, problem(e));
        }
    }

    /**
     * "line L, column C" where the mapping key at {@code key} is written in the file; empty when it
     * cannot be told (the file changed since it was read). Only for errors: it reads the file again.
     */
    static Optional<String> placeOfKey(Path path, JsonPointer key) {
        try (JsonParser parser = YAML.getFactory().createParser(utf8(path, Files.readAllBytes(path)))) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && parser.getParsingContext().pathAsPointer().equals(key)) {
                    JsonLocation location = parser.currentTokenLocation();
                    return Optional.of("line " + location.getLineNr() + ", column " + location.getColumnNr());
                }
            }
        } catch (IOException | RuntimeException e) {
            // Only a place for the message: without it, the message still names the key.
        }
        return Optional.empty();
    }

    private static String utf8(Path path, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InvalidPolicyException(path, place(bytes, in.position()) + ": not UTF-8");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /**
     * "line L, column C" of the byte at {@code offset}, after valid UTF-8: the column counts
     * characters, the bytes that start one.
     */
    private static String place(byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xc0) != 0x80) {
                column++;
            }
        }
        return "line " + line + ", column " + column;
    }

    /** The problem in one line, at the place YAML's parser marks, without the excerpt it adds. */
    private static String problem(JacksonException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            Mark mark = yaml.getProblemMark();
            return "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ": not valid YAML: "
                    + firstLine(yaml.getProblem());
        }
        String message = firstLine(e.getOriginalMessage());
        JsonLocation location = e.getLocation();
        boolean placed = location != null && location.getLineNr() > 0;
        if (message.startsWith("Duplicate field ")) {
            // Found past the key, where the column no longer points at it: its line only.
            return (placed ? "line " + location.getLineNr() + ": " : "") + "repeated key " + message.substring("Duplicate field ".length());
        }
        return (placed ? "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": " : "") + "not valid YAML: " + message;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
