package dev.nbexport.core.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.notebook.InvalidNotebookException;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.fixtures.NotebookArbitraries;
import dev.nbexport.fixtures.ReferenceNbformat;
import dev.nbexport.fixtures.ReferenceNbformat.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.RandomGenerator;

/**
 * Generated notebooks against Jupyter's library: {@value #COUNT} valid notebooks from
 * {@link NotebookArbitraries}, in arbitrary layouts, go through one Python run per comparison.
 * The seed is fixed so that CI is repeatable; {@code -Dnbexport.seed=N} explores others. Inputs
 * that differ are saved under {@code target/generated-differences/} to replay by hand.
 */
class GeneratedReferenceTest {

    static final int COUNT = 300;
    private static final int GEN_SIZE = 1000;

    static long seed() {
        return Long.getLong("nbexport.seed", 20_260_101L);
    }

    static Map<String, byte[]> samples(long seed, int count) {
        RandomGenerator<byte[]> generator = NotebookArbitraries.notebooks().generator(GEN_SIZE);
        Random random = new Random(seed);
        Map<String, byte[]> samples = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            samples.put("generated-" + seed + "-" + i + ".ipynb", generator.next(random).value());
        }
        return samples;
    }

    @Example
    void canonicalBytesAreNbformatsBytes() throws IOException {
        Map<String, byte[]> samples = samples(seed(), COUNT);
        assertSameBytes(samples, ReferenceNbformat.get().canonical(samples), Nbexport::canonical);
    }

    @Example
    void nbstripoutPresetMatchesTheOracle() throws IOException {
        Map<String, byte[]> samples = samples(seed(), COUNT);
        assertSameBytes(samples, ReferenceNbformat.get().nbstripout(samples),
                source -> Nbexport.strip(source, Preset.NBSTRIPOUT.policy()).bytes());
    }

    /** What nbexport makes of one notebook. */
    private interface Ours {
        byte[] apply(NotebookSource source) throws IOException;
    }

    /** Every sample gives the reference's bytes; those that do not are saved and listed. */
    private static void assertSameBytes(Map<String, byte[]> samples, Map<String, Outcome> reference, Ours ours)
            throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, byte[]> sample : samples.entrySet()) {
            String difference;
            try {
                difference = compare(reference.get(sample.getKey()), ours.apply(NotebookSource.of(sample.getKey(), sample.getValue())));
            } catch (InvalidNotebookException e) {
                difference = "nbexport rejects it: " + e.getMessage();
            }
            if (difference != null) {
                problems.add(sample.getKey() + ": " + difference);
                save(sample.getKey(), sample.getValue());
            }
        }
        assertEquals(List.of(), problems, "seed " + seed());
    }

    /** Null when the bytes are the reference's, else what differs. */
    private static String compare(Outcome expected, byte[] ours) {
        if (!expected.accepted()) {
            return "the reference rejects it (" + expected.error() + ")";
        }
        return Arrays.equals(expected.bytes(), ours) ? null : CorpusReferenceTest.firstDifference(expected.bytes(), ours);
    }

    private static void save(String name, byte[] bytes) throws IOException {
        Path dir = Path.of("target", "generated-differences");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), bytes);
    }
}
