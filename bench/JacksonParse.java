import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The floor for stripping: the time Jackson's streaming parser takes just to read every token of
 * every notebook below a directory, on THREADS threads (1 by default). Run with the shaded jar on
 * the class path: {@code java -cp cli/target/nbexport.jar:CLASSES JacksonParse DIR [THREADS]}
 * (bench/run compiles it).
 */
public class JacksonParse {
    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        JsonFactory factory = new JsonFactory();
        AtomicLong tokens = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> work = files.stream().<Future<?>>map(file -> pool.submit(() -> {
                long count = 0;
                try (JsonParser parser = factory.createParser(file.toFile())) {
                    while (parser.nextToken() != null) {
                        count++;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                tokens.addAndGet(count);
            })).toList();
            for (Future<?> done : work) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println(files.size() + " files, " + tokens + " tokens");
    }
}
