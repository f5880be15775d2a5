package dev.nbexport.bench;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.strip.StripResult;
import dev.nbexport.fixtures.LargeNotebookGenerator.Profile;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * {@link Nbexport#strip} of a notebook of {@code mib} MiB from memory, whole: reading with the
 * policy's plan, the rules, canonical writing and the comparison with the input. {@code MIXED} is
 * mostly outputs; {@code CLEAN} is already stripped, the common case of a pre-commit hook.
 */
public class StripBenchmark extends HotPathBenchmark {

    @Param({"MIXED", "CLEAN"})
    public Profile profile;

    @Param({"NBSTRIPOUT", "EXPORT"})
    public Preset preset;

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
