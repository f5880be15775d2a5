package dev.nbexport.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Counts the bytes a decompressor expands to, as they are read, against a most in all and a most
 * per compressed byte: the guard of every reader of a hostile archive, which never trusts the sizes
 * the archive's headers claim. The counter only says which bound was broken; what a breach means
 * (a finding that stops a bundle's reading, a workbook passed over) is its reader's.
 */
public final class ExpansionCounter {

    /** A bound the expanded bytes broke. */
    public enum Breach {
        /** More bytes in all than the most. */
        BYTES,
        /** More bytes per compressed byte than the most ratio, past the floor below which it is not judged. */
        RATIO
    }

    /** What a breach means to a reader: throw to stop the reading, or return to let it go on. */
    @FunctionalInterface
    public interface OnBreach {
        void breached(Breach breach) throws IOException;
    }

    private final long maxBytes;
    private final long maxRatio;
    private final long ratioFloor;
    private long expanded;

    /**
     * @param maxBytes   the most bytes in all
     * @param maxRatio   the most bytes per compressed byte, judged once past {@code ratioFloor}
     * @param ratioFloor the bytes below which the ratio is not judged: a small part compresses anyhow
     */
    public ExpansionCounter(long maxBytes, long maxRatio, long ratioFloor) {
        if (maxBytes < 0 || maxRatio < 1 || ratioFloor < 0) {
            throw new IllegalArgumentException("expansion bounds must be positive");
        }
        this.maxBytes = maxBytes;
        this.maxRatio = maxRatio;
        this.ratioFloor = ratioFloor;
    }

    /** A counter of bytes alone, whose ratio is never judged: a budget shared by streams that each judge their own. */
    public static ExpansionCounter ofBytes(long maxBytes) {
        return new ExpansionCounter(maxBytes, 1, Long.MAX_VALUE);
    }

    /**
     * Counts {@code bytes} more; returns the first bound the count now breaks (bytes before ratio), or
     * null. {@code compressed} gives the compressed bytes behind all counted so far, asked only once
     * past the ratio's floor.
     */
    public Breach count(long bytes, LongSupplier compressed) {
        expanded += bytes;
        if (expanded > maxBytes) {
            return Breach.BYTES;
        }
        if (expanded > ratioFloor && expanded / Math.max(1, compressed.getAsLong()) > maxRatio) {
            return Breach.RATIO;
        }
        return null;
    }

    /** The bytes counted so far. */
    public long expanded() {
        return expanded;
    }

    /** The bytes left before the most in all is reached, never below 0. */
    public long left() {
        return Math.max(0, maxBytes - expanded);
    }

    /**
     * {@code decompressed}, each byte read from it counted (skipped ones too), {@code onBreach} told
     * of a breach at each read that breaks a bound. {@code compressed} gives the compressed bytes
     * behind everything this counter counted.
     */
    public InputStream meter(InputStream decompressed, LongSupplier compressed, OnBreach onBreach) {
        return new CountedStream(decompressed) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    judge(1, compressed, onBreach);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int read = super.read(buffer, offset, length);
                if (read > 0) {
                    judge(read, compressed, onBreach);
                }
                return read;
            }
        };
    }

    private void judge(int bytes, LongSupplier compressed, OnBreach onBreach) throws IOException {
        Breach breach = count(bytes, compressed);
        if (breach != null) {
            onBreach.breached(breach);
        }
    }
}
