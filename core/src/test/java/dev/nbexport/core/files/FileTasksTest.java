package dev.nbexport.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Parallel work whose results arrive in order, whatever the scheduling, without piling up. */
class FileTasksTest {

    private static final List<Integer> ITEMS = IntStream.range(0, 200).boxed().toList();

    @Test
    void byDefaultComputesOnEveryCoreAndWritesMoreFilesAtOnceButBoundedly() {
        int cores = Runtime.getRuntime().availableProcessors();
        assertEquals(cores, FileTasks.defaultJobs(false));
        int writing = FileTasks.defaultJobs(true);
        assertTrue(writing >= cores && writing <= Math.max(cores, 32), writing + " files at once on " + cores + " cores");
        if (cores <= 8) {
            assertEquals(4 * cores, writing);
        }
    }

    @Test
    void resultsArriveInTheItemsOrderWhateverTheTasksTake() {
        for (int jobs : new int[] {1, 2, 3, 8}) {
            List<Integer> seen = new ArrayList<>();
            FileTasks.run(ITEMS, jobs, item -> {
                Thread.sleep(item % 7 == 0 ? 2 : 0);
                return item * 10;
            }, (item, result, failure) -> {
                assertNull(failure);
                assertEquals(item * 10, result);
                seen.add(item);
            });
            assertEquals(ITEMS, seen);
        }
    }

    @Test
    void aFailingTaskIsReportedAndTheOthersStillRun() {
        IllegalStateException broken = new IllegalStateException("broken");
        List<Integer> ok = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        FileTasks.run(ITEMS, 2, item -> {
            if (item == 5) {
                throw broken;
            }
            return item;
        }, (item, result, failure) -> {
            if (failure != null) {
                failures.add(failure);
            } else {
                ok.add(item);
            }
        });
        assertEquals(List.of(broken), failures);
        assertEquals(ITEMS.size() - 1, ok.size());
    }

    @Test
    void smallResultsKeepTheOtherThreadsBusyBehindASlowItem() {
        // The first item finishes only once 40 later ones have: a window of a few items would leave it waiting.
        CountDownLatch later = new CountDownLatch(40);
        boolean[] waitedFor = new boolean[1];
        FileTasks.run(ITEMS, 2, item -> 1000L, item -> {
            if (item == 0) {
                return later.await(10, TimeUnit.SECONDS);
            }
            later.countDown();
            return true;
        }, (item, result, failure) -> {
            if (item == 0) {
                waitedFor[0] = result;
            }
        });
        assertTrue(waitedFor[0], "40 small items finished while the first one ran");
    }

    @Test
    void tasksRunAheadOfTheSinkOnlyBoundedly() {
        for (long resultBytes : new long[] {0, 1 << 20, 40 << 20}) {
            int jobs = 2;
            // Two items a thread always; then up to 64 MB of results, but never more than 32 items a thread.
            long window = resultBytes == 0 ? jobs * 32 : Math.max(2 * jobs, (64 << 20) / resultBytes);
            AtomicInteger started = new AtomicInteger();
            FileTasks.run(ITEMS, jobs, item -> resultBytes, item -> started.incrementAndGet(), (item, result, failure) -> {
                assertTrue(started.get() <= item + window,
                        started.get() + " tasks started by the time item " + item + " arrived, results of " + resultBytes + " bytes");
                sleep();
            });
            assertEquals(ITEMS.size(), started.get());
        }
    }

    @Test
    void theWindowOpensAgainAsTheSinkTakesResults() {
        // 200 results of 1 MB go through a window of 64 MB: only if taking a result gives its bytes
        // back do as many items as the count allows (32 a thread) run ahead to the end.
        AtomicInteger started = new AtomicInteger();
        int[] mostAhead = new int[1];
        FileTasks.run(ITEMS, 2, item -> 1L << 20, item -> started.incrementAndGet(), (item, result, failure) -> {
            sleep();
            if (item >= 100) {
                mostAhead[0] = Math.max(mostAhead[0], started.get() - item);
            }
        });
        assertTrue(mostAhead[0] >= 60, mostAhead[0] + " items ahead at most once 100 MB had gone through");
    }

    @Test
    void runOrThrowStopsTakingResultsAtTheFirstFailureAndThrowsIt() {
        IOException first = new IOException("first");
        List<Integer> taken = new ArrayList<>();
        IOException thrown = assertThrows(IOException.class, () -> FileTasks.runOrThrow(ITEMS, 2, item -> 0, item -> {
            if (item == 10) {
                throw first;
            }
            if (item == 20) {
                throw new IOException("second");
            }
            return item;
        }, (item, result) -> taken.add(item)));
        assertSame(first, thrown);
        assertEquals(ITEMS.subList(0, 10), taken);
    }

    @Test
    void runOrThrowStartsNoMoreTasksAfterAFailure() {
        for (int jobs : new int[] {1, 2}) {
            AtomicInteger started = new AtomicInteger();
            assertThrows(IOException.class, () -> FileTasks.runOrThrow(ITEMS, jobs, item -> 40L << 20, item -> {
                started.incrementAndGet();
                if (item == 10) {
                    throw new IOException("unreadable");
                }
                return item;
            }, (item, result) -> { }));
            assertTrue(started.get() <= 11 + 2 * jobs, started.get() + " tasks started with " + jobs + " jobs");
        }
    }

    @Test
    void runOrThrowThrowsWhatTheSinkThrows() {
        IOException full = new IOException("disk full");
        assertSame(full, assertThrows(IOException.class, () -> FileTasks.runOrThrow(ITEMS, 2, item -> 0, item -> item, (item, result) -> {
            if (item == 3) {
                throw full;
            }
        })));
    }

    private static void sleep() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
