import dev.nbexport.core.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The disk's floor for an in-place strip: every notebook below a directory read whole and replaced
 * through nbexport's own atomic write (temporary file, fsync, rename) by its first FRACTION of bytes,
 * the share a strip keeps, on THREADS threads; no parsing at all. Run with the shaded jar on the
 * class path: {@code java -cp cli/target/nbexport.jar:CLASSES DiskFloor DIR FRACTION THREADS}.
 */
public class DiskFloor {
    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
        double fraction = Double.parseDouble(args[1]);
        ExecutorService pool = Executors.newFixedThreadPool(Integer.parseInt(args[2]));
        try {
            List<Future<?>> work = files.stream().<Future<?>>map(file -> pool.submit(() -> {
                try {
                    byte[] bytes = Files.readAllBytes(file);
                    AtomicFiles.writeIfDifferent(file, Arrays.copyOf(bytes, (int) (bytes.length * fraction)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            })).toList();
            for (Future<?> done : work) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println(files.size() + " files replaced");
    }
}
