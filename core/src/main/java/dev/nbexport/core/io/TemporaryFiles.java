package dev.nbexport.core.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The temporary files this process has made and not yet moved into place or removed. A command-line
 * run asks for them to be removed when the process is stopped (Ctrl-C, {@code kill}), so that an
 * interrupted run leaves no hidden files beside the notebooks; only a hard kill can leave one. A
 * library user (the Maven plugin) does not: its JVM outlives the work, whose own cleanup suffices.
 */
public final class TemporaryFiles {

    /** Makes a temporary file and returns its path, or null when it made none (the name was taken). */
    @FunctionalInterface
    public interface Creation {
        Path create() throws IOException;
    }

    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    /** Creations hold it shared; removal when stopping holds it alone, so no file is made behind its back. */
    private static final ReadWriteLock CREATING = new ReentrantReadWriteLock();
    private static volatile boolean stopping;
    private static volatile boolean removeWhenStopped;
    private static boolean hookAdded;

    private TemporaryFiles() {
    }

    /** From now on, the files still tracked are removed when the process is stopped. */
    public static void removeWhenStopped() {
        removeWhenStopped = true;
    }

    /** Makes a temporary file through {@code creation} and takes it in charge until {@link #release}. */
    public static Path track(Creation creation) throws IOException {
        addHookIfAsked();
        CREATING.readLock().lock();
        try {
            if (stopping) {
                throw new InterruptedIOException("the process is stopping");
            }
            Path file = creation.create();
            if (file != null) {
                LIVE.add(file);
            }
            return file;
        } finally {
            CREATING.readLock().unlock();
        }
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

    private static synchronized void addHookIfAsked() {
        if (removeWhenStopped && !hookAdded) {
            Runtime.getRuntime().addShutdownHook(new Thread(TemporaryFiles::removeAll, "nbexport-temporary-files"));
            hookAdded = true;
        }
    }

    private static void removeAll() {
        CREATING.writeLock().lock();
        try {
            stopping = true;
            for (Path file : LIVE) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException | RuntimeException e) {
                    // The process is stopping: a file that cannot be removed stays, as it would have anyway.
                }
            }
        } finally {
            CREATING.writeLock().unlock();
        }
    }
}
