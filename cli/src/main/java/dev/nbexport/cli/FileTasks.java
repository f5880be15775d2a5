package dev.nbexport.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one task per file (or other item) on up to {@code jobs} threads and hands the results back in the files'
 * order, so that output does not depend on scheduling. A failing task does not stop the others.
 */
final class FileTasks {

    interface Task<I, T> {
        T run(I item) throws Exception;
    }

    interface Sink<I, T> {
        void accept(I item, T result, Throwable failure);
    }

    private FileTasks() {
    }

    static <I, T> void run(List<I> files, int jobs, Task<I, T> task, Sink<I, T> sink) {
        if (jobs <= 1 || files.size() <= 1) {
            for (I file : files) {
                runOne(file, task, sink);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, files.size()), runnable -> {
            Thread thread = new Thread(runnable, "nbexport-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<T>> futures = new ArrayList<>(files.size());
            for (I file : files) {
                futures.add(pool.submit(() -> task.run(file)));
            }
            for (int i = 0; i < files.size(); i++) {
                try {
                    sink.accept(files.get(i), futures.get(i).get(), null);
                } catch (ExecutionException e) {
                    sink.accept(files.get(i), null, e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    sink.accept(files.get(i), null, e);
                    return;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <I, T> void runOne(I file, Task<I, T> task, Sink<I, T> sink) {
        T result;
        try {
            result = task.run(file);
        } catch (Exception | StackOverflowError e) {
            sink.accept(file, null, e);
            return;
        }
        sink.accept(file, result, null);
    }
}
