package dev.nbexport.bench;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.fixtures.LargeNotebookGenerator.Profile;
import java.io.IOException;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * {@link Nbexport#verify} under the export preset, from memory. The inputs:
 * <ul>
 * <li>{@code STRIPPED}: a {@code mib} MiB {@code MIXED} notebook stripped under export: the clean,
 *     common case, no findings, and small (about 19 KB from 4 MiB, as the generator puts up to
 *     512 KB of outputs in each code cell);</li>
 * <li>{@code UNSTRIPPED}: the same notebook as generated, outputs and all (their size and hash
 *     come from the bytes they occupy; they are never read into memory);</li>
 * <li>{@code TEXT}: a {@code mib} MiB {@code CLEAN} notebook stripped under export, code and
 *     markdown only: about {@code mib} MiB through the text rules (secrets, personal data, blobs,
 *     tables, long lines), which are package-private in core and so measured through here.</li>
 * </ul>
 * The log gives each input's size.
 */
public class VerifyBenchmark extends HotPathBenchmark {

    /** What is verified. */
    public enum Input {
        STRIPPED, UNSTRIPPED, TEXT
    }

    @Param({"STRIPPED", "UNSTRIPPED", "TEXT"})
    public Input input;

    private NotebookSource source;
    private Policy policy;

    @Setup(Level.Trial)
    public void setUp() {
        byte[] bytes = switch (input) {
            case STRIPPED -> Inputs.stripped(Inputs.notebook(Profile.MIXED, mib), Preset.EXPORT);
            case UNSTRIPPED -> Inputs.notebook(Profile.MIXED, mib);
            case TEXT -> Inputs.stripped(Inputs.notebook(Profile.CLEAN, mib), Preset.EXPORT);
        };
        source = Inputs.source(bytes);
        policy = Preset.EXPORT.policy();
        Inputs.describe(input + " notebook", bytes);
    }

    @Benchmark
    public List<Finding> verify() throws IOException {
        return Nbexport.verify(source, policy);
    }
}
