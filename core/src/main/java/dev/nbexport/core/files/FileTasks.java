package dev.nbexport.core.files;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one task per file (or other item) on up to {@code jobs} threads and hands the results to a
 * sink on the calling thread, in the items' order, so that output does not depend on scheduling. A
 * failing task does not stop the others. Only a few tasks run ahead of the sink, so memory holds a
 * few results at a time, not all of them.
 */
public final class FileTasks {

    /** How many tasks per thread may be started or finished ahead of the sink. */
    private static final int AHEAD_PER_JOB = 4;

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
     * keep the cores busy meanwhile.
     */
    public static int defaultJobs(boolean writesFiles) {
        int cores = Runtime.getRuntime().availableProcessors();
        return writesFiles ? Math.max(cores, Math.min(4 * cores, MAX_WRITING_JOBS)) : cores;
    }

    public static <I, T> void run(List<I> items, int jobs, Task<I, T> task, Sink<I, T> sink) {
        drive(items, jobs, task, (item, result, failure) -> {
            sink.accept(item, result, failure);
            return true;
        });
    }

    /**
     * Like {@link #run}, for work that stops at the first failure: the sink takes results in order
     * until a task or the sink itself fails; then no more tasks start, and that failure is thrown.
     */
    public static <I, T> void runOrThrow(List<I> items, int jobs, Task<I, T> task, ResultSink<I, T> sink)
            throws IOException {
        Throwable[] first = new Throwable[1];
        drive(items, jobs, task, (item, result, failure) -> {
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

    private static <I, T> void drive(List<I> items, int jobs, Task<I, T> task, Step<I, T> step) {
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
            Deque<Future<T>> running = new ArrayDeque<>();
            int submitted = 0;
            for (I item : items) {
                while (submitted < items.size() && running.size() < jobs * AHEAD_PER_JOB) {
                    I next = items.get(submitted++);
                    running.add(pool.submit(() -> task.run(next)));
                }
                boolean goOn;
                try {
                    goOn = step.accept(item, running.remove().get(), null);
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

    private static <I, T> boolean runOne(I item, Task<I, T> task, Step<I, T> step) {
        T result;
        try {
            result = task.run(item);
        } catch (Exception | StackOverflowError e) {
            return step.accept(item, null, e);
        }
        return step.accept(item, result, null);
    }
}
