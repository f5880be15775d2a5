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

    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private static final Semaphore COMPUTING = new Semaphore(CORES);
    /** Whether this thread holds a core already: work nested in work runs on it, never waits for a second. */
    private static final ThreadLocal<Boolean> HOLDING = ThreadLocal.withInitial(() -> false);

    /** Work that reads and computes, and may fail reading. */
    public interface Work<T> {
        T run() throws IOException;
    }

    private Cores() {
    }

    /**
     * Runs {@code work} once a core is free; writing its result is left to the caller, outside.
     * Work that runs out of memory runs once more alone, once every core is free (the tasks that
     * take single cores meanwhile are finite: a run's tasks, or its window of them): the heap is
     * shared, and a large notebook on another core may have filled it. Only then does its
     * {@link OutOfMemoryError} reach the caller, as that file's own.
     */
    public static <T> T compute(Work<T> work) throws IOException {
        if (HOLDING.get()) {
            return work.run();
        }
        int held = 0;
        HOLDING.set(true);
        try {
            acquire(1);
            held = 1;
            try {
                return work.run();
            } catch (OutOfMemoryError e) {
                // Whether other work shared the heap cannot be told from here: work that ran out
                // at the same moment, or results held outside any core, look like none.
                COMPUTING.release(held);
                held = 0;
                acquire(CORES);
                held = CORES;
                return work.run();
            }
        } finally {
            HOLDING.set(false);
            COMPUTING.release(held);
        }
    }

    private static void acquire(int cores) throws InterruptedIOException {
        try {
            COMPUTING.acquire(cores);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a core");
        }
    }

    /**
     * Whether running out of memory was a full heap, which a larger {@code -Xmx} (or fewer files at
     * once) helps; an array over Java's 2 GB limit, say, is not.
     */
    public static boolean heapWasFull(OutOfMemoryError e) {
        return "Java heap space".equals(e.getMessage());
    }

    /** {@link #tooLarge(OutOfMemoryError, String)} as a finding on a file says it. */
    public static String tooLarge(OutOfMemoryError e) {
        return tooLarge(e, "too large for the memory Java was given (raise its -Xmx)");
    }

    /** What a file that ran out of memory gets said of it: {@code ifHeapWasFull}, or the JVM's reason. */
    public static String tooLarge(OutOfMemoryError e, String ifHeapWasFull) {
        return heapWasFull(e) ? ifHeapWasFull : "too large (" + e.getMessage() + ")";
    }
}
