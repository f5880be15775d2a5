package dev.nbexport.core.notebook;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Runs of bytes that a JSON string holds as they are (text other than a quote, a backslash or a control character), and indentation. */
final class PlainBytes {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LOWS = 0x7f7f7f7f7f7f7f7fL;
    private static final long SPACES = 0x2020202020202020L;

    private PlainBytes() {
    }

    /**
     * The index of the first byte from {@code from} on that a JSON string cannot hold as it is: a
     * control character, a quote, a backslash or a byte that does not start a strict UTF-8 sequence
     * (or that starts one the array cuts); or the array's length. Looks at eight bytes at a time
     * while none of them needs a look: one loop for the text of a JSON string, as it mostly is,
     * ASCII with a few other characters.
     */
    static int endOfText(byte[] bytes, int from) {
        return endOfText(bytes, from, false);
    }

    /**
     * Like {@link #endOfText}, stopping also at the characters other than the ASCII ones that end
     * a line for Python's {@code splitlines}: U+0085, U+2028 and U+2029.
     */
    static int endOfLineText(byte[] bytes, int from) {
        return endOfText(bytes, from, true);
    }

    private static int endOfText(byte[] bytes, int from, boolean stopAtLineBreaks) {
        int i = from;
        int length = bytes.length;
        while (i < length) {
            if (i + 8 <= length) {
                long stops = stops((long) LONGS.get(bytes, i));
                if (stops == 0) {
                    i += 8;
                    continue;
                }
                i += firstStop(stops);
            }
            int lead = bytes[i] & 0xff;
            if (lead < 0x80) {
                if (lead < 0x20 || lead == '"' || lead == '\\') {
                    return i;
                }
                i++;
            } else if (lead >= 0xc2 && lead <= 0xdf && i + 1 < length && (bytes[i + 1] & 0xc0) == 0x80) {
                if (stopAtLineBreaks && lead == 0xc2 && bytes[i + 1] == (byte) 0x85) {
                    return i;
                }
                i += 2;
            } else if (lead >= 0xe0 && lead <= 0xef && i + 2 < length && Utf8.isThreeByteSequence(lead, bytes[i + 1], bytes[i + 2])) {
                if (stopAtLineBreaks && lead == 0xe2 && bytes[i + 1] == (byte) 0x80 && (bytes[i + 2] & 0xfe) == 0xa8) {
                    return i;
                }
                i += 3;
            } else {
                int next = Utf8.sequenceEnd(bytes, i);
                if (next < 0) {
                    return i;
                }
                i = next;
            }
        }
        return i;
    }

    /**
     * The index of the first byte from {@code from} on that is not a space, or the array's length:
     * the indentation of a line, eight bytes at a time.
     */
    static int endOfSpaces(byte[] bytes, int from) {
        int i = from;
        int last = bytes.length - 8;
        while (i <= last) {
            long others = (long) LONGS.get(bytes, i) ^ SPACES;
            if (others != 0) {
                // The high bit of each byte that is not zero, exactly: no carry crosses a byte.
                return i + firstStop(((others & LOWS) + LOWS | others) & HIGHS);
            }
            i += 8;
        }
        while (i < bytes.length && bytes[i] == ' ') {
            i++;
        }
        return i;
    }

    /**
     * The high bit of each byte of {@code word} (read in memory order) that is a control character,
     * a quote, a backslash or from 0x80 on; set exactly in the lowest such byte, maybe wrongly in
     * higher ones (a borrow from a lower byte), which is all that is needed. Small enough for the
     * quick JIT tier to inline.
     */
    private static long stops(long word) {
        // A byte below 0x20 has its high bit set once 0x20 is taken from it, a quote or a
        // backslash once it is XORed to zero and one is taken from that; a byte from 0x80 on may
        // set high bits in these terms too, and sets its own anyway.
        return (word - 0x20 * ONES | (word ^ '"' * ONES) - ONES | (word ^ '\\' * ONES) - ONES | word) & HIGHS;
    }

    /**
     * The index (0 to 7) of the byte whose high bit is the lowest one set in {@code stops}: that bit
     * alone, moved to the byte's lowest bit, multiplied by bytes 7, 6, ..., 0 so that the top byte
     * is the index (the quick JIT tier has no fast numberOfTrailingZeros).
     */
    private static int firstStop(long stops) {
        return (int) (((stops & -stops) >>> 7) * 0x0001020304050607L >>> 56);
    }
}
