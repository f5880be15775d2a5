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

    /**
     * The most of a file's name, in UTF-8 bytes, that the name of a temporary file beside it repeats:
     * a file system limits a name to 255 bytes (143 under eCryptfs), which a notebook's own name may
     * nearly fill, so the whole of it with a suffix could not be created.
     */
    static final int NAME_BYTES_KEPT = 64;

    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    /** Creations hold it shared; removal when stopping holds it alone, so no file is made behind its back. */
    private static final ReadWriteLock CREATING = new ReentrantReadWriteLock();
    private static volatile boolean stopping;
    private static volatile boolean removeWhenStopped;
    private static boolean hookAdded;

    private TemporaryFiles() {
    }

    /**
     * How the name of a temporary file beside {@code target} starts: a dot, the target's name (its
     * first {@link #NAME_BYTES_KEPT} bytes, whole characters only) and a dot, so that a file left
     * by a hard kill says what it was for.
     */
    public static String prefixBeside(Path target) {
        String name = target.getFileName().toString();
        int end = 0;
        int bytes = 0;
        while (end < name.length()) {
            int codePoint = name.codePointAt(end);
            bytes += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (bytes > NAME_BYTES_KEPT) {
                break;
            }
            end += Character.charCount(codePoint);
        }
        return "." + name.substring(0, end) + ".";
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
