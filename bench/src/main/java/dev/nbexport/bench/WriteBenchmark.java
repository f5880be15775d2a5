package dev.nbexport.bench;

import dev.nbexport.core.notebook.Notebook;
import dev.nbexport.core.notebook.NotebookReader;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.notebook.NotebookWriter;
import dev.nbexport.core.notebook.ReadPlan;
import dev.nbexport.fixtures.LargeNotebookGenerator.Profile;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Canonical writing ({@link NotebookWriter#write}) of a notebook of {@code mib} MiB already read
 * with {@link ReadPlan#KEEP_ALL}: line splitting, Jupyter's JSON layout and UTF-8 encoding. The
 * writer spends the notebook it writes, so every call gets a fresh copy, read outside the timing.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class WriteBenchmark {

    @Param({"MIXED", "CLEAN"})
    public Profile profile;

    @Param("4")
    public int mib;

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
