package dev.nbexport.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The guard every reader of a hostile archive counts expanded bytes with; what a breach means is the reader's. */
class ExpansionCounterTest {

    private static final class Stop extends IOException {
        Stop(ExpansionCounter.Breach breach) {
            super(breach.name());
        }
    }

    @Test
    void bytesUpToTheMostAreNoBreachOneMoreIs() {
        ExpansionCounter counter = new ExpansionCounter(100, 10, 0);
        assertNull(counter.count(60, () -> 50));
        assertNull(counter.count(40, () -> 50));
        assertEquals(0, counter.left());
        assertEquals(ExpansionCounter.Breach.BYTES, counter.count(1, () -> 50));
        assertEquals(101, counter.expanded());
    }

    @Test
    void theRatioIsJudgedOnlyPastItsFloorAgainstAllCompressedBytesBehind() {
        ExpansionCounter counter = new ExpansionCounter(1 << 20, 10, 1000);
        AtomicInteger asked = new AtomicInteger();
        assertNull(counter.count(1000, () -> asked.incrementAndGet()), "1,000 bytes of 1: at the floor, not past it");
        assertEquals(0, asked.get(), "the compressed bytes are not asked for below the floor");
        assertNull(counter.count(100, () -> 110), "1,100 bytes of 110: ten times");
        assertEquals(ExpansionCounter.Breach.RATIO, counter.count(110, () -> 110), "1,210 bytes of 110: eleven times");
        assertNull(counter.count(10, () -> 200), "as more compressed bytes come, the ratio falls back");
    }

    @Test
    void theBytesBoundIsJudgedBeforeTheRatio() {
        ExpansionCounter counter = new ExpansionCounter(100, 2, 0);
        assertEquals(ExpansionCounter.Breach.BYTES, counter.count(101, () -> 1));
    }

    @Test
    void aCounterOfBytesAloneNeverJudgesARatio() {
        ExpansionCounter counter = ExpansionCounter.ofBytes(1L << 40);
        assertNull(counter.count(1L << 39, () -> 1));
        assertEquals(1L << 39, counter.left());
    }

    @Test
    void aMeteredStreamCountsEveryByteReadOrSkippedAndStopsWhereTheHandlerThrows() throws Exception {
        ExpansionCounter counter = new ExpansionCounter(1000, 1000, 0);
        List<ExpansionCounter.Breach> breaches = new ArrayList<>();
        InputStream in = counter.meter(new ByteArrayInputStream(new byte[2000]), () -> 2000, breach -> {
            breaches.add(breach);
            throw new Stop(breach);
        });
        assertEquals(0, in.read());
        assertEquals(99, in.readNBytes(99).length);
        assertEquals(400, in.skip(400));
        assertEquals(500, counter.expanded());
        assertFalse(in.markSupported(), "no mark to rewind a count past its check");
        assertEquals(500, in.readNBytes(500).length);
        assertThrows(Stop.class, in::read);
        assertEquals(List.of(ExpansionCounter.Breach.BYTES), breaches);
    }

    @Test
    void aHandlerThatReturnsLetsTheReadingGoOnAndHearsOfEachBreach() throws Exception {
        ExpansionCounter counter = new ExpansionCounter(1 << 20, 10, 100);
        List<ExpansionCounter.Breach> breaches = new ArrayList<>();
        // A stream of 1,000 compressed bytes that expands to 100,000: a hundred times.
        InputStream in = counter.meter(new ByteArrayInputStream(new byte[100_000]), () -> 1000, breaches::add);
        byte[] buffer = new byte[10_000];
        long total = 0;
        for (int read; (read = in.read(buffer)) > 0; ) {
            total += read;
        }
        assertEquals(100_000, total);
        assertEquals(100_000, counter.expanded());
        assertFalse(breaches.isEmpty());
        assertEquals(List.of(ExpansionCounter.Breach.RATIO), breaches.stream().distinct().toList());
    }

    @Test
    void streamsMeteredByOneCounterShareItsBytes() throws Exception {
        ExpansionCounter counter = new ExpansionCounter(150, 1000, 0);
        List<ExpansionCounter.Breach> breaches = new ArrayList<>();
        InputStream first = counter.meter(new ByteArrayInputStream(new byte[100]), () -> 100, breaches::add);
        InputStream second = counter.meter(new ByteArrayInputStream(new byte[100]), () -> 200, breaches::add);
        first.transferTo(OutputStream.nullOutputStream());
        assertEquals(List.of(), breaches);
        second.transferTo(OutputStream.nullOutputStream());
        assertEquals(200, counter.expanded());
        assertEquals(ExpansionCounter.Breach.BYTES, breaches.get(0));
    }

    @Test
    void boundsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new ExpansionCounter(-1, 10, 0));
        assertThrows(IllegalArgumentException.class, () -> new ExpansionCounter(10, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new ExpansionCounter(10, 10, -1));
    }
}
