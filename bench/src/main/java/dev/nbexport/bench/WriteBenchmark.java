package dev.nbexport.bench;

import dev.nbexport.core.notebook.Notebook;
import dev.nbexport.core.notebook.NotebookReader;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.notebook.NotebookWriter;
import dev.nbexport.core.notebook.ReadPlan;
import dev.nbexport.fixtures.LargeNotebookGenerator.Profile;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Canonical writing ({@link NotebookWriter#write}) of a notebook of {@code mib} MiB already read
 * with {@link ReadPlan#KEEP_ALL}: line splitting, Jupyter's JSON layout and UTF-8 encoding. The
 * writer spends the notebook it writes, so every call gets a fresh copy, read outside the timing.
 */
public class WriteBenchmark extends HotPathBenchmark {

    @Param({"MIXED", "CLEAN"})
    public Profile profile;

    private NotebookSource source;
    private Notebook notebook;

    @Setup(Level.Trial)
    public void setUp() {
        byte[] bytes = Inputs.notebook(profile, mib);
        source = Inputs.source(bytes);
        Inputs.describe(profile + " notebook", bytes);
    }

    /** A fresh notebook per call; milliseconds per write keep this setup's own cost out of the figures. */
    @Setup(Level.Invocation)
    public void read() throws IOException {
        notebook = NotebookReader.read(source, ReadPlan.KEEP_ALL);
    }

    @Benchmark
    public byte[] write() {
        return NotebookWriter.write(notebook, false);
    }
}
