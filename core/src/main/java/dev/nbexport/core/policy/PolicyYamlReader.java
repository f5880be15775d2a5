package dev.nbexport.core.policy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a policy file's YAML: strict UTF-8, one document, a key repeated in a mapping refused (which
 * value was meant?), and every problem told in one line with its line and column, never quoting the
 * file but for a key's name and YAML's own syntax ({@link #withoutContent}): a policy file can sit
 * beside data, and its errors go to logs.
 */
final class PolicyYamlReader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            // A second document would be read by no one, silently: a setting there would seem to apply.
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * What YAML's messages may keep: its names for tokens ({@code <block end>}, {@code '<stream end>'}),
     * a punctuation character quoted ({@code ':'}), a tab as it names one. Anything else quoted, or
     * after the words that introduce a value (a character, an alias, an anchor, a tag, what was found
     * instead), may be the file's content.
     */
    private static final Pattern SYNTAX = Pattern.compile("'(<[a-z ]+>|[^\\p{L}\\p{N}\\s']|\\\\t\\(TAB\\))'|<[a-z ]+>");
    private static final Pattern CONTENT_FOLLOWS = Pattern.compile(
            "(?i)\\b(character|alias|anchor|tag|handle|directive|value|instead|but found|but got)\\b:?\\s*");
    /** What is left dangling at the end of the words kept: punctuation, and the words that led to what was cut. */
    private static final Pattern DANGLING = Pattern.compile("(?i)([\\s,;.]+|\\s+(but|of|got|found|in|this|instead))+$");

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
            return "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ": not valid YAML"
                    + withoutContent(firstLine(yaml.getProblem()));
        }
        String message = firstLine(e.getOriginalMessage());
        JsonLocation location = e.getLocation();
        boolean placed = location != null && location.getLineNr() > 0;
        if (message.startsWith("Duplicate field ")) {
            // Found past the key, where the column no longer points at it: its line only.
            return (placed ? "line " + location.getLineNr() + ": " : "") + "repeated key " + message.substring("Duplicate field ".length());
        }
        String at = placed ? "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": " : "";
        if (message.startsWith("Trailing token")) {
            return at + "a second YAML document; a policy file holds one";
        }
        return at + "not valid YAML" + withoutContent(message);
    }

    /**
     * {@code problem}, YAML's words for what is wrong, as far as they quote nothing of the file:
     * cut before the first value it quotes ({@code found unknown escape character q(113)},
     * {@code Malformed numeric value '...'}, an anchor's name); ": " and the words, or nothing.
     */
    static String withoutContent(String problem) {
        StringBuilder kept = new StringBuilder();
        int at = 0;
        while (at < problem.length()) {
            Matcher syntax = SYNTAX.matcher(problem).region(at, problem.length());
            if (syntax.lookingAt()) {
                kept.append(syntax.group());
                at = syntax.end();
                continue;
            }
            Matcher introduces = CONTENT_FOLLOWS.matcher(problem).region(at, problem.length());
            if (introduces.lookingAt() && at + introduces.group().length() < problem.length()) {
                Matcher next = SYNTAX.matcher(problem).region(introduces.end(), problem.length());
                if (!next.lookingAt()) {
                    kept.append(introduces.group().stripTrailing());
                    break;
                }
                kept.append(introduces.group());
                at = introduces.end();
                continue;
            }
            char c = problem.charAt(at);
            if (c == '\'' || c == '"' || c == '(' || c == ':' || c == '`' || Character.isDigit(c)) {
                break;
            }
            kept.append(c);
            at++;
        }
        String words = DANGLING.matcher(kept).replaceAll("");
        return words.isBlank() ? "" : ": " + words;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
