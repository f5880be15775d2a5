package dev.nbexport.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stop of the process (Ctrl-C, kill) and the temporary files of the work it interrupts. */
class LiveFilesTest {

    @TempDir
    Path dir;

    private final LiveFiles live = new LiveFiles();

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
                live.relyingOn(() -> {
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
    }

    @Test
    void onceTheStopHasBegunNoWriteStartsAndNoFileIsMade() throws Exception {
        Path copy = live.track(() -> Files.writeString(dir.resolve("copy"), "whole"));
        live.stop();
        AtomicBoolean ran = new AtomicBoolean();

        assertThrows(InterruptedIOException.class, () -> live.relyingOn(() -> ran.set(true)));
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
