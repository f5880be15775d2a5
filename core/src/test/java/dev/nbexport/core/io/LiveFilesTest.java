package dev.nbexport.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stop of the process (Ctrl-C, kill) and the temporary files of the work it interrupts. */
class LiveFilesTest {

    @TempDir
    Path dir;

    private final List<String> said = new CopyOnWriteArrayList<>();
    private final LiveFiles live = new LiveFiles(LiveFiles.STOP_WAIT, said::add);

    /**
     * A notebook with other names is written into in place once its new content is safe in a copy
     * beside it: a stop that removed the copy then would leave the notebook half written, and
     * nothing whole anywhere.
     */
    @Test
    void aStopWaitsForAWriteThatReliesOnItsCopyThenRemovesTheCopy() throws Exception {
        Path copy = live.track(() -> Files.writeString(dir.resolve(".a.ipynb.x.nbexport-tmp"), "whole"));
        Path notebook = Files.writeString(dir.resolve("a.ipynb"), "old");
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        Thread writer = new Thread(() -> {
            try {
                live.relyingOn(notebook, copy, () -> {
                    Files.writeString(notebook, "who");
                    writing.countDown();
                    awaitQuietly(goOn);
                    Files.writeString(notebook, "whole");
                });
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        writer.start();
        assertTrue(writing.await(10, TimeUnit.SECONDS));

        Thread stop = new Thread(live::stop);
        stop.start();
        stop.join(300);

        assertTrue(stop.isAlive(), "the stop waits for the write");
        assertEquals("whole", Files.readString(copy), "the copy is kept while the write relies on it");
        goOn.countDown();
        writer.join(10_000);
        stop.join(10_000);
        assertFalse(stop.isAlive());
        assertEquals("whole", Files.readString(notebook));
        assertFalse(Files.exists(copy), "removed by the stop once the write ended");
        assertEquals(List.of(), said);
    }

    /**
     * A write that hangs (a network share gone) must not make the process one that cannot be
     * stopped: the stop waits a while, then leaves the copy the write relies on, the only whole
     * new content, names the notebook and the copy, and ends; other temporary files go.
     */
    @Test
    void aStopWaitsAWhileOnlyForAWriteThatHangsThenKeepsItsCopyAndSaysWhere() throws Exception {
        LiveFiles bounded = new LiveFiles(Duration.ofMillis(200), said::add);
        Path copy = bounded.track(() -> Files.writeString(dir.resolve(".a.ipynb.x.nbexport-tmp"), "whole"));
        Path other = bounded.track(() -> Files.writeString(dir.resolve(".b.ipynb.y.nbexport-tmp"), "spare"));
        Path notebook = Files.writeString(dir.resolve("a.ipynb"), "old");
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch shareAnswers = new CountDownLatch(1);
        Thread writer = new Thread(() -> {
            try {
                bounded.relyingOn(notebook, copy, () -> {
                    Files.writeString(notebook, "who");
                    writing.countDown();
                    awaitQuietly(shareAnswers);
                });
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        writer.start();
        assertTrue(writing.await(10, TimeUnit.SECONDS));

        Thread stop = new Thread(bounded::stop);
        long start = System.nanoTime();
        stop.start();
        stop.join(10_000);
        long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        try {
            assertFalse(stop.isAlive(), "the stop ends though the write hangs");
            assertTrue(waitedMillis >= 150, "it waited for the write first: " + waitedMillis + " ms");
            assertEquals("whole", Files.readString(copy), "the only whole new content is kept");
            assertFalse(Files.exists(other), "the other temporary files are removed");
            assertEquals(List.of(notebook + ": stopped while it was being written into, which had not ended after 200 ms"
                    + " (a disk or share that does not answer?), so it may be half written; its new content is whole beside it in"
                    + " .a.ipynb.x.nbexport-tmp"), said);
        } finally {
            shareAnswers.countDown();
            writer.join(10_000);
        }
    }

    @Test
    void onceTheStopHasBegunNoWriteStartsAndNoFileIsMade() throws Exception {
        Path copy = live.track(() -> Files.writeString(dir.resolve("copy"), "whole"));
        live.stop();
        AtomicBoolean ran = new AtomicBoolean();

        assertThrows(InterruptedIOException.class, () -> live.relyingOn(dir.resolve("a.ipynb"), copy, () -> ran.set(true)));
        assertThrows(InterruptedIOException.class, () -> live.track(() -> Files.writeString(dir.resolve("late"), "")));

        assertFalse(ran.get());
        assertFalse(Files.exists(copy));
        assertFalse(Files.exists(dir.resolve("late")));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
