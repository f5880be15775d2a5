import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The floor for stripping: the time Jackson's streaming parser takes just to read every token of
 * every notebook below a directory. Run with the shaded jar on the class path:
 * {@code java -cp cli/target/nbexport.jar:CLASSES JacksonParse DIR} (bench/run compiles it).
 */
public class JacksonParse {
    public static void main(String[] args) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
        JsonFactory factory = new JsonFactory();
        long tokens = 0;
        for (Path file : files) {
            try (JsonParser parser = factory.createParser(file.toFile())) {
                while (parser.nextToken() != null) {
                    tokens++;
                }
            }
        }
        System.out.println(files.size() + " files, " + tokens + " tokens");
    }
}
