package dev.nbexport.cli;

import dev.nbexport.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Adds and removes whole lines of a gitattributes file, leaving every other line as it is. */
final class GitAttributesFile {

    private final Path file;

    GitAttributesFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    List<String> lines() throws IOException {
        return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    }

    /** Whether the file has this line (white space around it ignored). */
    boolean contains(String line) throws IOException {
        return lines().stream().anyMatch(existing -> existing.strip().equals(line));
    }

    /** Appends the lines the file does not have yet; creates the file and its folder if needed. */
    void add(List<String> wanted) throws IOException {
        List<String> lines = new ArrayList<>(lines());
        boolean changed = false;
        for (String line : wanted) {
            if (lines.stream().noneMatch(existing -> existing.strip().equals(line))) {
                lines.add(line);
                changed = true;
            }
        }
        if (changed) {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            write(lines);
        }
    }

    /** Removes these lines; a file left with nothing but blank lines is deleted. */
    void remove(List<String> unwanted) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        List<String> lines = new ArrayList<>(lines());
        if (!lines.removeIf(existing -> unwanted.contains(existing.strip()))) {
            return;
        }
        if (lines.stream().allMatch(String::isBlank)) {
            Files.delete(file);
        } else {
            write(lines);
        }
    }

    private void write(List<String> lines) throws IOException {
        String text = lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
        AtomicFiles.writeIfDifferent(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
