package dev.nbexport.core.strip;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.notebook.InvalidNotebookException;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.Preset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
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
