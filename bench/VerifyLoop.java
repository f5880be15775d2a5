import dev.nbexport.core.Nbexport;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.Preset;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The computing of a verify alone, steady: every notebook below a directory read into memory once,
 * then verified ROUNDS times over on one thread (no disk, no start-up) under the nbstripout preset,
 * as a folder's verify judges them (or PRESET: export, as the gate judges a bundle's), printing the
 * first round, the median and the fastest of the second half in milliseconds of the thread's CPU
 * time. Run it as StripLoop is run, alternating two builds' jars:
 * {@code java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp cli/target/nbexport.jar:CLASSES VerifyLoop DIR [ROUNDS [PRESET]]}
 */
public class VerifyLoop {
    public static void main(String[] args) throws Exception {
        List<byte[]> notebooks = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList()) {
                notebooks.add(Files.readAllBytes(file));
            }
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Policy policy = Preset.byId(args.length > 2 ? args[2] : "nbstripout").policy();
        // The thread's CPU time, not the wall clock: the machines this runs on are shared.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] millis = new double[rounds];
        long findings = 0;
        for (int round = 0; round < rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (byte[] notebook : notebooks) {
                findings += Nbexport.verify(NotebookSource.of("notebook.ipynb", notebook), policy).size();
            }
            millis[round] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
        }
        double[] steady = Arrays.copyOfRange(millis, rounds / 2, rounds);
        Arrays.sort(steady);
        System.out.printf("%d notebooks: first round %.0f ms, steady %.1f ms (median of the last %d, fastest %.1f), %d findings%n",
                notebooks.size(), millis[0], steady[steady.length / 2], steady.length, steady[0], findings / rounds);
    }
}
