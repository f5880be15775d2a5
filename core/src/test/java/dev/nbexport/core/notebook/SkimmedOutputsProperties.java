package dev.nbexport.core.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.nbexport.fixtures.NotebookArbitraries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The skim of a list of outputs against Jackson walking the same bytes: where the skim answers, the
 * parser accepts the list too and agrees on where it ends, how many outputs and images it holds,
 * and on which line and column its closing bracket stands.
 */
class SkimmedOutputsProperties {

    @Provide
    Arbitrary<byte[]> outputLists() {
        Arbitrary<List<JsonNode>> outputs = Arbitraries.oneOf(NotebookArbitraries.v4Output(), NotebookArbitraries.v3Output())
                .list().ofMaxSize(5);
        return Combinators.combine(outputs, NotebookArbitraries.layouts(), Arbitraries.of("\n", "\n", "\r\n", "\r"))
                .as((list, layout, lineBreak) -> {
                    ArrayNode array = JsonNodeFactory.instance.arrayNode().addAll(list);
                    String json = new String(layout.write(array), StandardCharsets.UTF_8);
                    // Raw line breaks in JSON are only ever white space, so any kind may stand for them.
                    return json.replace("\n", lineBreak).getBytes(StandardCharsets.UTF_8);
                });
    }

    @Property(tries = 1000)
    void agreesWithTheParserOnWellFormedLists(@ForAll("outputLists") byte[] json) throws IOException {
        SkimmedOutputs skimmed = SkimmedOutputs.skim(json, 0);
        if (!new String(json, StandardCharsets.UTF_8).contains("\\/")) {
            assertNotNull(skimmed, "a plain list the skim should take");
        }
        assertAgrees(json, skimmed);
    }

    @Property(tries = 3000)
    void acceptsOnlyWhatTheParserAccepts(@ForAll("outputLists") byte[] json, @ForAll("edits") List<Edit> edits)
            throws IOException {
        byte[] edited = json;
        for (Edit edit : edits) {
            edited = edit.apply(edited);
        }
        // The reader refuses a file that is not strict UTF-8 before it parses (or skims) anything.
        Assume.that(Utf8.firstInvalid(edited) < 0);
        assertAgrees(edited, SkimmedOutputs.skim(edited, 0));
    }

    record Edit(int position, byte value, int kind) {
        byte[] apply(byte[] bytes) {
            if (bytes.length == 0) {
                return bytes;
            }
            int at = Math.floorMod(position, bytes.length);
            return switch (kind) {
                case 0 -> {
                    byte[] out = bytes.clone();
                    out[at] = value;
                    yield out;
                }
                case 1 -> {
                    byte[] out = new byte[bytes.length + 1];
                    System.arraycopy(bytes, 0, out, 0, at);
                    out[at] = value;
                    System.arraycopy(bytes, at, out, at + 1, bytes.length - at);
                    yield out;
                }
                default -> {
                    byte[] out = new byte[bytes.length - 1];
                    System.arraycopy(bytes, 0, out, 0, at);
                    System.arraycopy(bytes, at + 1, out, at, bytes.length - at - 1);
                    yield out;
                }
            };
        }
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Byte> values = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of((byte) '\\', (byte) '"', (byte) ',', (byte) ']', (byte) '}',
                        (byte) '[', (byte) '{', (byte) ':', (byte) '0', (byte) '-', (byte) 'e', (byte) '.', (byte) 'u',
                        (byte) ' ', (byte) '\n', (byte) '\r', (byte) 't', (byte) 'n')),
                Tuple.of(1, Arbitraries.bytes()));
        return Combinators.combine(Arbitraries.integers(), values, Arbitraries.integers().between(0, 2))
                .as(Edit::new).list().ofMinSize(1).ofMaxSize(3);
    }

    /** The reader's walk of the list at the start of {@code json} with Jackson (its way when the skim gives up), against the skim. */
    private static void assertAgrees(byte[] json, SkimmedOutputs skimmed) throws IOException {
        if (skimmed == null) {
            return;
        }
        try (JsonParser parser = JsonParsing.FACTORY.createParser(json)) {
            assertEquals(JsonToken.START_ARRAY, parser.nextToken());
            Notebook.Skipped walked = NotebookReader.walkOutputs(parser);
            JsonLocation end = parser.currentTokenLocation();
            assertEquals(end.getByteOffset(), skimmed.close(), "end");
            assertEquals(walked.count(), skimmed.outputs(), "outputs");
            assertEquals(walked.images(), skimmed.images(), "images");
            assertEquals(end.getLineNr(), 1 + skimmed.lineBreaks(), "line");
            long column = skimmed.lineBreaks() == 0 ? skimmed.close() + 1 : skimmed.close() - skimmed.lineStart() + 1;
            assertEquals(end.getColumnNr(), column, "column");
        } catch (JacksonException e) {
            throw new AssertionError("the skim took a list the parser refuses: " + e.getOriginalMessage());
        }
    }
}
