package dev.nbexport.core.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToLongFunction;

/**
 * Runs one task per file (or other item) on up to {@code jobs} threads and hands the results to a
 * sink on the calling thread, in the items' order, so that output does not depend on scheduling. A
 * failing task does not stop the others.
 *
 * <p>Tasks run ahead of the sink within a window: every thread always has a next item, and beyond
 * that the window takes more items while the bytes their results may hold stay within 64 MB (and
 * an eighth of the heap). A large file that the sink waits for then does not leave the other
 * threads idle behind it, and memory holds a bounded share of the results, not all of them.
 */
public final class FileTasks {

    /** The most items started or finished ahead of the sink, per thread, however small. */
    private static final int MAX_AHEAD_PER_JOB = 32;

    /**
     * The most bytes the results started or finished ahead of the sink may hold, beyond two items a
     * thread: 64 MB, or an eighth of a smaller heap, which the files being computed need too.
     */
    private static final long AHEAD_BYTES = Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 8);

    public interface Task<I, T> {
        T run(I item) throws Exception;
    }

    public interface Sink<I, T> {
        /** Takes an item's result, or the failure ({@code result} then null). */
        void accept(I item, T result, Throwable failure);
    }

    public interface ResultSink<I, T> {
        void accept(I item, T result) throws IOException;
    }

    private FileTasks() {
    }

    /** The most files replaced at once by default: each may hold a notebook of up to 16 MB in memory. */
    private static final int MAX_WRITING_JOBS = 32;

    /**
     * How many files to work on at once by default: one per core for computing; for replacing
     * files, four per core (at most {@value #MAX_WRITING_JOBS}), since each replacement waits for
     * the disk (sync, rename) about as long as stripping the file takes, and more files in flight
     * keep the cores busy meanwhile ({@link Cores} keeps them from computing all at once).
     */
    public static int defaultJobs(boolean writesFiles) {
        int cores = Runtime.getRuntime().availableProcessors();
        return writesFiles ? Math.max(cores, Math.min(4 * cores, MAX_WRITING_JOBS)) : cores;
    }

    /** Runs tasks whose results hold little memory (reports, counts). */
    public static <I, T> void run(List<I> items, int jobs, Task<I, T> task, Sink<I, T> sink) {
        run(items, jobs, item -> 0, task, sink);
    }

    /**
     * Runs tasks whose results may each hold up to {@code resultBytes} of its item (a stripped
     * file's bytes: the size of the file will do).
     */
    public static <I, T> void run(List<I> items, int jobs, ToLongFunction<? super I> resultBytes, Task<I, T> task,
            Sink<I, T> sink) {
        drive(items, jobs, resultBytes, task, (item, result, failure) -> {
            sink.accept(item, result, failure);
            return true;
        });
    }

    /**
     * Like {@link #run}, for work that stops at the first failure: the sink takes results in order
     * until a task or the sink itself fails; then no more tasks start, and that failure is thrown.
     */
    public static <I, T> void runOrThrow(List<I> items, int jobs, ToLongFunction<? super I> resultBytes, Task<I, T> task,
            ResultSink<I, T> sink) throws IOException {
        Throwable[] first = new Throwable[1];
        drive(items, jobs, resultBytes, task, (item, result, failure) -> {
            if (failure == null) {
                try {
                    sink.accept(item, result);
                    return true;
                } catch (IOException | RuntimeException e) {
                    failure = e;
                }
            }
            first[0] = failure;
            return false;
        });
        if (first[0] instanceof IOException e) {
            throw e;
        } else if (first[0] instanceof RuntimeException e) {
            throw e;
        } else if (first[0] instanceof Error e) {
            throw e;
        } else if (first[0] != null) {
            throw new IOException(first[0]);
        }
    }

    /** A sink that says whether to go on. */
    private interface Step<I, T> {
        boolean accept(I item, T result, Throwable failure);
    }

    /** The size of a file, for {@code resultBytes}; 0 when it cannot be read (its task will say why). */
    public static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static <I, T> void drive(List<I> items, int jobs, ToLongFunction<? super I> resultBytes, Task<I, T> task,
            Step<I, T> step) {
        if (jobs <= 1 || items.size() <= 1) {
            for (I item : items) {
                if (!runOne(item, task, step)) {
                    return;
                }
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, items.size()), runnable -> {
            Thread thread = new Thread(runnable, "nbexport-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Window<T> window = new Window<>(jobs);
            long nextBytes = -1;
            int submitted = 0;
            for (I item : items) {
                while (submitted < items.size()) {
                    I next = items.get(submitted);
                    if (nextBytes < 0) {
                        nextBytes = Math.max(0, resultBytes.applyAsLong(next));
                    }
                    if (!window.admits(nextBytes)) {
                        break;
                    }
                    window.add(pool.submit(() -> task.run(next)), nextBytes);
                    nextBytes = -1;
                    submitted++;
                }
                boolean goOn;
                try {
                    goOn = step.accept(item, window.take().get(), null);
                } catch (ExecutionException e) {
                    goOn = step.accept(item, null, e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    step.accept(item, null, e);
                    return;
                }
                if (!goOn) {
                    return;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The tasks started ahead of the sink, oldest first, and the bytes their results may hold. */
    private static final class Window<T> {
        private final int jobs;
        private final Deque<Future<T>> tasks = new ArrayDeque<>();
        private final Deque<Long> sizes = new ArrayDeque<>();
        private long bytes;

        Window(int jobs) {
            this.jobs = jobs;
        }

        boolean admits(long size) {
            return tasks.size() < jobs * MAX_AHEAD_PER_JOB && (tasks.size() < 2 * jobs || bytes + size <= AHEAD_BYTES);
        }

        void add(Future<T> task, long size) {
            tasks.add(task);
            sizes.add(size);
            bytes += size;
        }

        Future<T> take() {
            bytes -= sizes.remove();
            return tasks.remove();
        }
    }

    private static <I, T> boolean runOne(I item, Task<I, T> task, Step<I, T> step) {
        T result;
        try {
            result = task.run(item);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            return step.accept(item, null, e);
        }
        return step.accept(item, result, null);
    }
}
