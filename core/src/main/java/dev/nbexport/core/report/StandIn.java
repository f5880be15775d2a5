package dev.nbexport.core.report;

import dev.nbexport.core.verify.ByteSizes;
import dev.nbexport.core.verify.Hashes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** What stands in for a file that is not shown: its size and a hash prefix, never its content. */
public final class StandIn {

    private StandIn() {
    }

    /** {@code 3.6 KiB, sha256 1a2b3c4d}: enough to tell the file again, nothing of what it holds. */
    public static String of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return ByteSizes.of(Files.size(file)) + ", sha256 " + Hashes.prefix(in);
        }
    }
}
