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
 * Temporary files made and not yet moved into place or removed, which a stop of the process
 * removes. What needs one of them, its creation or a write for which it is the only whole copy,
 * holds the stop off until it ends, so that a stop neither misses a file nor removes a copy under
 * a write that relies on it; once the stop has begun, both are refused.
 */
final class LiveFiles {

    /** Work on a file that may fail as I/O fails. */
    @FunctionalInterface
    private interface Work<T> {
        T run() throws IOException;
    }

    private final Set<Path> live = ConcurrentHashMap.newKeySet();
    /** Work holds it shared; the stop holds it alone. */
    private final ReadWriteLock working = new ReentrantReadWriteLock();
    private volatile boolean stopping;

    /** Makes a temporary file through {@code creation} and takes it in charge until {@link #release}. */
    Path track(TemporaryFiles.Creation creation) throws IOException {
        return during(() -> {
            Path file = creation.create();
            if (file != null) {
                live.add(file);
            }
            return file;
        });
    }

    /** Runs {@code write}, for which a file in charge is the only whole copy, unless the stop has begun. */
    void relyingOn(TemporaryFiles.IoAction write) throws IOException {
        during(() -> {
            write.run();
            return null;
        });
    }

    /** Runs {@code work} unless the stop has begun; a stop that begins meanwhile waits for it to end. */
    private <T> T during(Work<T> work) throws IOException {
        working.readLock().lock();
        try {
            if (stopping) {
                throw new InterruptedIOException("the process is stopping");
            }
            return work.run();
        } finally {
            working.readLock().unlock();
        }
    }

    void release(Path file) {
        live.remove(file);
    }

    /** Once the work in progress has ended, removes every file still in charge, and refuses more work. */
    void stop() {
        working.writeLock().lock();
        try {
            stopping = true;
            for (Path file : live) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException | RuntimeException e) {
                    // The process is stopping: a file that cannot be removed stays, as it would have anyway.
                }
            }
        } finally {
            working.writeLock().unlock();
        }
    }
}
