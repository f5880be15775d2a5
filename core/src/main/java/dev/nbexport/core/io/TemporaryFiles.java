package dev.nbexport.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files this process has made and not yet moved into place or removed. They are
 * removed when the process is stopped (Ctrl-C, {@code kill}), so that an interrupted run leaves no
 * hidden files beside the notebooks; only a hard kill can leave one.
 */
public final class TemporaryFiles {

    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TemporaryFiles::removeAll, "nbexport-temporary-files"));
    }

    private TemporaryFiles() {
    }

    /** Takes {@code file} in charge until {@link #release}; returns it. */
    public static Path track(Path file) {
        LIVE.add(file);
        return file;
    }

    /** {@code file} was moved into place or removed: nothing to do for it any more. */
    public static void release(Path file) {
        LIVE.remove(file);
    }

    /** Removes {@code file} if it is there, and releases it. */
    public static void remove(Path file) throws IOException {
        try {
            Files.deleteIfExists(file);
        } finally {
            release(file);
        }
    }

    private static void removeAll() {
        for (Path file : LIVE) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException | RuntimeException e) {
                // The process is stopping: a file that cannot be removed stays, as it would have anyway.
            }
        }
    }
}
