package dev.nbexport.core.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

/**
 * Temporary files made and not yet moved into place or removed, which a stop of the process
 * removes. What needs one of them, its creation or a write for which it is the only whole copy,
 * holds the stop off until it ends, so that a stop neither misses a file nor removes a copy under
 * a write that relies on it; once the stop has begun, both are refused. A stop waits so for a
 * while only: a write that hangs (a network share gone) must not make the process one that
 * cannot be stopped. It then leaves the copies such writes rely on, says which files they are
 * for, and ends.
 */
final class LiveFiles {

    /** How long a stop waits for the work in progress: a write of a notebook takes milliseconds on a disk that answers. */
    static final Duration STOP_WAIT = Duration.ofSeconds(5);

    /** Work on a file that may fail as I/O fails. */
    @FunctionalInterface
    private interface Work<T> {
        T run() throws IOException;
    }

    private final Set<Path> live = ConcurrentHashMap.newKeySet();
    /** The writes in progress that rely on a copy in charge: the copy, and the file written into. */
    private final Map<Path, Path> writingFrom = new ConcurrentHashMap<>();
    /** Work holds it shared; the stop holds it alone. */
    private final ReadWriteLock working = new ReentrantReadWriteLock();
    private volatile boolean stopping;
    private final Duration stopWait;
    private final Consumer<String> say;

    /** Files in charge whose stop waits at most {@code stopWait} for the work in progress, then tells {@code say} what it left. */
    LiveFiles(Duration stopWait, Consumer<String> say) {
        this.stopWait = stopWait;
        this.say = say;
    }

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

    /** Runs {@code write} into {@code file}, for which {@code copy}, in charge, is the only whole copy, unless the stop has begun. */
    void relyingOn(Path file, Path copy, TemporaryFiles.IoAction write) throws IOException {
        during(() -> {
            writingFrom.put(copy, file);
            try {
                write.run();
            } finally {
                writingFrom.remove(copy);
            }
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

    private String waited() {
        return stopWait.toMillis() % 1000 == 0 ? stopWait.toSeconds() + " s" : stopWait.toMillis() + " ms";
    }

    /**
     * Once the work in progress has ended, or the wait for it is over, removes every file still in
     * charge but the copies that writes still running rely on, which it names; refuses more work.
     */
    void stop() {
        stopping = true;
        boolean ended = false;
        try {
            ended = working.writeLock().tryLock(stopWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            for (Path file : live) {
                Path writtenInto = writingFrom.get(file);
                if (writtenInto != null) {
                    say.accept(writtenInto + ": stopped while it was being written into, which had not ended after "
                            + waited() + " (a disk or share that does not answer?), so it may be half written;"
                            + " its new content is whole beside it in " + file.getFileName());
                    continue;
                }
                try {
                    Files.deleteIfExists(file);
                } catch (IOException | RuntimeException e) {
                    // The process is stopping: a file that cannot be removed stays, as it would have anyway.
                }
            }
        } finally {
            if (ended) {
                working.writeLock().unlock();
            }
        }
    }
}
