package dev.nbexport.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
        for (String result : onEveryCoreAtOnce(() -> Cores.compute(() -> "inner"))) {
            assertEquals("inner", result);
        }
    }

    /**
     * The heap is shared: work that runs out of memory beside other work (a large notebook on
     * another core may have filled it) runs once more alone, and completes.
     */
    @Test
    void workThatRunsOutOfMemoryBesideOtherWorkRunsOnceMoreAlone() throws Exception {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "needs two cores to compute side by side");
        AtomicInteger running = new AtomicInteger();
        AtomicInteger attempts = new AtomicInteger();
        CountDownLatch otherComputing = new CountDownLatch(1);
        CountDownLatch firstAttemptFailed = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> other = pool.submit(() -> Cores.compute(() -> {
                running.incrementAndGet();
                otherComputing.countDown();
                await(firstAttemptFailed);
                sleep(50);
                running.decrementAndGet();
                return "other";
            }));
            Future<Integer> failing = pool.submit(() -> Cores.compute(() -> {
                int attempt = attempts.incrementAndGet();
                running.incrementAndGet();
                try {
                    if (attempt == 1) {
                        await(otherComputing);
                        firstAttemptFailed.countDown();
                        throw new OutOfMemoryError("a large notebook on the other core");
                    }
                    return running.get();
                } finally {
                    running.decrementAndGet();
                }
            }));
            assertEquals(1, failing.get(30, TimeUnit.SECONDS), "the second attempt computes alone");
            assertEquals(2, attempts.get());
            assertEquals("other", other.get(30, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Work that runs out of memory alone too fails with that error, and gives back every core. */
    @Test
    void workThatRunsOutOfMemoryAloneTooFailsAndFreesTheCores() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        assertThrows(OutOfMemoryError.class, () -> Cores.compute(() -> {
            attempts.incrementAndGet();
            throw new OutOfMemoryError("too large even alone");
        }));
        assertEquals(2, attempts.get(), "tried once more alone");

        assertEquals(Runtime.getRuntime().availableProcessors(), onEveryCoreAtOnce(() -> "computing").size(),
                "every core computes at once again");
    }

    /** Runs {@code then} in work on every core, once all of them compute at once; fails if they never do. */
    private static <T> List<T> onEveryCoreAtOnce(Cores.Work<T> then) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        CountDownLatch allComputing = new CountDownLatch(cores);
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        try {
            List<Future<T>> started = new ArrayList<>();
            for (int i = 0; i < cores; i++) {
                started.add(pool.submit(() -> Cores.compute(() -> {
                    allComputing.countDown();
                    await(allComputing);
                    return then.run();
                })));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> result : started) {
                results.add(result.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
