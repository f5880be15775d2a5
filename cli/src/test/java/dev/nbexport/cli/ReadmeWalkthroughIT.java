package dev.nbexport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The README's "Everyday tasks" are a walk a new user follows on the bundled example, as is its
 * example of known data: each command of a section's console blocks is run with the built
 * launcher, in order, in one shell started beside a copy of {@code examples/}, and must print what
 * the README shows, standard error included.
 */
class ReadmeWalkthroughIT {

    private static final Path REPO = Path.of(System.getProperty("nbexport.repo", "."));
    private static final String END_OF_OUTPUT = "--- end of output ---";

    @TempDir
    Path dir;

    /** A command of the README and the lines it shows after it. */
    record Example(String command, List<String> shown) {
    }

    @ParameterizedTest
    @CsvSource({"'## Everyday tasks', 6", "'### Known data', 3"})
    void everyCommandOfTheSectionPrintsWhatTheReadmeShows(String section, int commands) throws Exception {
        GitRepo.assumeLauncher();
        List<Example> examples = examples(Files.readString(REPO.resolve("README.md")), section);
        assertEquals(commands, examples.size(), "the section's commands: " + examples);
        copyTree(REPO.resolve("examples"), dir.resolve("examples"));

        StringBuilder script = new StringBuilder("set -u\n");
        for (Example example : examples) {
            script.append(example.command()).append(" 2>&1\necho '").append(END_OF_OUTPUT).append("'\n");
        }
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", script.toString()).directory(dir.toFile())
                .redirectErrorStream(true);
        builder.environment().put("PATH", GitRepo.LAUNCHER.toAbsolutePath().getParent() + ":" + System.getenv("PATH"));
        builder.environment().remove("CI");
        builder.environment().remove("SOURCE_DATE_EPOCH");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();

        String[] printed = output.split(END_OF_OUTPUT + "\n", -1);
        assertEquals(examples.size() + 1, printed.length, "every command ran: " + output);
        for (int i = 0; i < examples.size(); i++) {
            Example example = examples.get(i);
            String shown = example.shown().isEmpty() ? "" : String.join("\n", example.shown()) + "\n";
            assertEquals(shown, printed[i], "$ " + example.command());
        }
    }

    /** The commands ({@code $ ...}) of the section's console blocks, each with the lines below it. */
    static List<Example> examples(String readme, String section) {
        int start = readme.indexOf("\n" + section + "\n");
        assertTrue(start >= 0, "the README has a section " + section);
        int end = nextHeading(readme, start + section.length() + 2);
        List<Example> examples = new ArrayList<>();
        boolean inConsole = false;
        String command = null;
        List<String> shown = new ArrayList<>();
        for (String line : readme.substring(start, end < 0 ? readme.length() : end).split("\n", -1)) {
            if (!inConsole) {
                inConsole = line.equals("```console");
                continue;
            }
            if (line.startsWith("```") || line.startsWith("$ ")) {
                if (command != null) {
                    examples.add(new Example(command, List.copyOf(shown)));
                }
                command = line.startsWith("$ ") ? line.substring(2) : null;
                shown.clear();
                inConsole = !line.startsWith("```");
            } else if (command != null) {
                shown.add(line);
            }
        }
        return examples;
    }

    private static int nextHeading(String readme, int from) {
        int second = readme.indexOf("\n## ", from);
        int third = readme.indexOf("\n### ", from);
        return second < 0 ? third : third < 0 ? second : Math.min(second, third);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
