package dev.nbexport.bench;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.strip.StripResult;
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
 * {@link Nbexport#strip} of a notebook of {@code mib} MiB from memory, whole: reading with the
 * policy's plan, the rules, canonical writing and the comparison with the input. {@code MIXED} is
 * mostly outputs; {@code CLEAN} is already stripped, the common case of a pre-commit hook.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class StripBenchmark {

    @Param({"MIXED", "CLEAN"})
    public Profile profile;

    @Param({"NBSTRIPOUT", "EXPORT"})
    public Preset preset;

    @Param("4")
    public int mib;

    private NotebookSource source;
    private Policy policy;

    @Setup(Level.Trial)
    public void setUp() {
        byte[] bytes = Inputs.notebook(profile, mib);
        source = Inputs.source(bytes);
        policy = preset.policy();
        Inputs.describe(profile + " notebook", bytes);
    }

    @Benchmark
    public StripResult strip() throws IOException {
        return Nbexport.strip(source, policy);
    }
}
