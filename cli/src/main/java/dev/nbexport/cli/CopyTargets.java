package dev.nbexport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The stripped copies {@code --output-dir} is to write, checked before any is written: no two
 * inputs may go to one copy, and no copy may replace an input.
 */
final class CopyTargets {

    /** The input each copy comes from, by the copy's absolute path. */
    private final Map<Path, Path> inputs = new HashMap<>();

    /**
     * Takes {@code copy} as where {@code input} goes; false when it is taken already by the same
     * input (named twice, or once alone and once in its folder). Throws a {@link UsageException}
     * when the copy would replace an input or another input's copy.
     */
    boolean add(Path input, Path copy) {
        if (sameFile(input, copy)) {
            throw new UsageException("--output-dir: the copy of " + input + " would replace it; choose a folder outside the inputs");
        }
        Path earlier = inputs.putIfAbsent(copy.toAbsolutePath().normalize(), input);
        if (earlier == null) {
            return true;
        }
        if (sameFile(earlier, input)) {
            return false;
        }
        throw new UsageException("--output-dir: " + earlier + " and " + input + " would both be copied to " + copy);
    }

    private static boolean sameFile(Path one, Path other) {
        if (one.toAbsolutePath().normalize().equals(other.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(other) && Files.isSameFile(one, other);
        } catch (IOException e) {
            return false;
        }
    }
}
