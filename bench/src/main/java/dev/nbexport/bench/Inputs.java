package dev.nbexport.bench;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.fixtures.LargeNotebookGenerator;
import dev.nbexport.fixtures.LargeNotebookGenerator.Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The benchmarks' inputs, generated in memory once per trial: no disk I/O is measured, and the
 * same seed gives the same bytes on every run.
 */
final class Inputs {

    private static final long SEED = 1;

    private Inputs() {
    }

    /** A notebook of the profile of at least {@code mib} MiB, in Jupyter's canonical layout. */
    static byte[] notebook(Profile profile, int mib) {
        long target = (long) mib << 20;
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) target + (1 << 20));
        try {
            LargeNotebookGenerator.write(out, target, SEED, profile, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code notebook} stripped under the preset. */
    static byte[] stripped(byte[] notebook, Preset preset) {
        try {
            return Nbexport.strip(source(notebook), preset.policy()).bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NotebookSource source(byte[] bytes) {
        return NotebookSource.of("bench.ipynb", bytes);
    }

    /** Prints an input's size into the run's log, so that a time per operation converts to MB/s. */
    static void describe(String what, byte[] bytes) {
        System.out.printf("%n# input: %s, %,d bytes%n", what, bytes.length);
    }
}
