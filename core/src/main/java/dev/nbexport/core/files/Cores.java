package dev.nbexport.core.files;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.Semaphore;

/**
 * Lets one task per core compute at a time, across the process. Replacing files runs more tasks
 * than there are cores, so that some wait for the disk while others compute; left to the scheduler,
 * the extra threads compute at once too: each holds a notebook in memory meanwhile (which the
 * collector then copies, with every thread stopped), and they take the cores from the JIT compiler
 * early on. A task that waits here has not read its file yet.
 */
public final class Cores {

    private static final Semaphore COMPUTING = new Semaphore(Runtime.getRuntime().availableProcessors());
    /** Whether this thread holds a core already: work nested in work runs on it, never waits for a second. */
    private static final ThreadLocal<Boolean> HOLDING = ThreadLocal.withInitial(() -> false);

    /** Work that reads and computes, and may fail reading. */
    public interface Work<T> {
        T run() throws IOException;
    }

    private Cores() {
    }

    /** Runs {@code work} once a core is free; writing its result is left to the caller, outside. */
    public static <T> T compute(Work<T> work) throws IOException {
        if (HOLDING.get()) {
            return work.run();
        }
        try {
            COMPUTING.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a core");
        }
        HOLDING.set(true);
        try {
            return work.run();
        } finally {
            HOLDING.set(false);
            COMPUTING.release();
        }
    }
}
