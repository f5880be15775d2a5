package dev.nbexport.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CoresTest {

    @Test
    void noMoreTasksComputeAtOnceThanThereAreCores() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        int tasks = 4 * cores + 2;
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch allStarted = new CountDownLatch(tasks);
        ExecutorService pool = Executors.newFixedThreadPool(tasks);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                int task = i;
                results.add(pool.submit(() -> {
                    allStarted.countDown();
                    allStarted.await();
                    return Cores.compute(() -> {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        try {
                            Thread.sleep(20);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        running.decrementAndGet();
                        return task;
                    });
                }));
            }
            for (int i = 0; i < tasks; i++) {
                assertEquals(i, results.get(i).get(30, TimeUnit.SECONDS), "every task's own result");
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(most.get() >= 1 && most.get() <= cores, "at most " + cores + " at once, saw " + most.get());
    }

    /** Work nested in work (a caller wrapping Nbexport.stripFile, say) must not wait for a second core. */
    @Test
    void workNestedInWorkDoesNotWaitForAnotherCore() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        CountDownLatch allHolding = new CountDownLatch(cores);
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < cores; i++) {
                results.add(pool.submit(() -> Cores.compute(() -> {
                    allHolding.countDown();
                    try {
                        allHolding.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return Cores.compute(() -> "inner");
                })));
            }
            for (Future<String> result : results) {
                assertEquals("inner", result.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
