package dev.nbexport.core.strip;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.notebook.InvalidNotebookException;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.Preset;
import java.io.IOException;
import dev.nbexport.fixtures.Fixtures;
import dev.nbexport.fixtures.HostileInputs;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Whatever bytes arrive, stripping gives a result or a typed, located error; never anything else. */
class ArbitraryBytesProperties {

    private static final byte[] VALID = StripTestSupport.notebook("{\"widgets\": {\"a\": [1, 2.5, null]}}",
            StripTestSupport.code("a", "{\"tags\": [\"keep_output\"]}", "[" + StripTestSupport.IMAGE + "]"),
            StripTestSupport.markdown("b", "{}", "# \u00e9\u2028 ![x](data:image/png;base64,AAAA)"))
            .getBytes(StandardCharsets.UTF_8);

    @Property(tries = 1000)
    void randomBytesGiveAResultOrATypedError(@ForAll @Size(max = 300) byte[] bytes) throws IOException {
        stripUnderEveryPreset(bytes);
    }

    @Property(tries = 1000)
    void damagedNotebooksGiveAResultOrATypedError(@ForAll("damaged") byte[] bytes) throws IOException {
        stripUnderEveryPreset(bytes);
    }

    @Provide
    Arbitrary<byte[]> damaged() {
        Arbitrary<byte[]> truncated = Arbitraries.integers().between(0, VALID.length)
                .map(n -> java.util.Arrays.copyOf(VALID, n));
        Arbitrary<byte[]> flipped = Arbitraries.integers().between(0, VALID.length - 1).list().ofMinSize(1).ofMaxSize(4)
                .flatMap(positions -> Arbitraries.bytes().list().ofSize(positions.size()).map(values -> {
                    byte[] copy = VALID.clone();
                    for (int i = 0; i < positions.size(); i++) {
                        copy[positions.get(i)] = values.get(i);
                    }
                    return copy;
                }));
        return Arbitraries.oneOf(truncated, flipped);
    }

    @Example
    void hostileInputsGiveAResultOrATypedError() {
        for (Map.Entry<String, byte[]> input : HostileInputs.all().entrySet()) {
            try {
                readThroughEveryEntryPoint(input.getValue());
            } catch (Throwable e) {
                throw new AssertionError(input.getKey() + ": " + e, e);
            }
        }
    }

    @Property(tries = 250)
    void damagedFixturesGiveAResultOrATypedError(@ForAll("damagedFixtures") byte[] bytes) throws IOException {
        readThroughEveryEntryPoint(bytes);
    }

    @Provide
    Arbitrary<byte[]> damagedFixtures() {
        return Arbitraries.of(Fixtures.ALL).map(Fixtures::bytes).flatMap(valid -> {
            Arbitrary<byte[]> truncated = Arbitraries.integers().between(0, valid.length)
                    .map(n -> java.util.Arrays.copyOf(valid, n));
            Arbitrary<byte[]> flipped = Arbitraries.integers().between(0, valid.length - 1).list().ofMinSize(1).ofMaxSize(4)
                    .flatMap(positions -> Arbitraries.bytes().list().ofSize(positions.size()).map(values -> {
                        byte[] copy = valid.clone();
                        for (int i = 0; i < positions.size(); i++) {
                            copy[positions.get(i)] = values.get(i);
                        }
                        return copy;
                    }));
            Arbitrary<byte[]> spliced = Arbitraries.integers().between(0, valid.length).flatMap(at ->
                    Arbitraries.of(HostileInputs.all().values().stream().filter(b -> b.length < 1000).toList())
                            .map(piece -> {
                                byte[] copy = java.util.Arrays.copyOf(valid, valid.length + piece.length);
                                System.arraycopy(piece, 0, copy, at, piece.length);
                                System.arraycopy(valid, at, copy, at + piece.length, valid.length - at);
                                return copy;
                            }));
            return Arbitraries.oneOf(truncated, flipped, spliced);
        });
    }

    /** Strip under every preset, write back, verify: each gives a result or a typed error. */
    private static void readThroughEveryEntryPoint(byte[] bytes) throws IOException {
        stripUnderEveryPreset(bytes);
        try {
            assertNotNull(Nbexport.canonical(NotebookSource.of("fuzz.ipynb", bytes)));
        } catch (InvalidNotebookException e) {
            assertNotNull(e.kind());
        }
        for (Preset preset : Preset.values()) {
            assertNotNull(Nbexport.verify(NotebookSource.of("fuzz.ipynb", bytes), preset.policy()));
        }
    }

    private static void stripUnderEveryPreset(byte[] bytes) throws IOException {
        for (Preset preset : Preset.values()) {
            try {
                assertNotNull(Nbexport.strip(NotebookSource.of("fuzz.ipynb", bytes), preset.policy()).bytes());
            } catch (InvalidNotebookException e) {
                assertNotNull(e.kind());
                assertNotNull(e.getMessage());
            }
        }
    }
}
