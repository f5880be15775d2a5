import dev.nbexport.core.Nbexport;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.Preset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The computing of a strip alone, steady: every notebook below a directory read into memory once,
 * then stripped ROUNDS times over on one thread (no disk, no start-up), printing the first round
 * and the median of the second half in milliseconds. Run it with the launcher's quick JIT tier to
 * see what a run of the CLI computes with, and alternate two builds' jars to compare them:
 * {@code java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp cli/target/nbexport.jar:CLASSES StripLoop DIR [ROUNDS]}
 * (bench/run compiles it).
 */
public class StripLoop {
    public static void main(String[] args) throws Exception {
        List<byte[]> notebooks = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList()) {
                notebooks.add(Files.readAllBytes(file));
            }
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Policy policy = Preset.byId("nbstripout").policy();
        double[] millis = new double[rounds];
        long written = 0;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            for (byte[] notebook : notebooks) {
                written += Nbexport.strip(NotebookSource.of("notebook", notebook), policy).bytes().length;
            }
            millis[round] = (System.nanoTime() - start) / 1e6;
        }
        double[] steady = Arrays.copyOfRange(millis, rounds / 2, rounds);
        Arrays.sort(steady);
        System.out.printf("%d notebooks: first round %.0f ms, steady %.1f ms (median of the last %d), %d bytes written%n",
                notebooks.size(), millis[0], steady[steady.length / 2], steady.length, written / rounds);
    }
}
