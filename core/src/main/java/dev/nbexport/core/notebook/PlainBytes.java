package dev.nbexport.core.notebook;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Runs of bytes that a JSON string holds as they are: printable ASCII other than a quote or a backslash. */
final class PlainBytes {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private PlainBytes() {
    }

    /**
     * The index of the first byte from {@code from} on that is not plain (a control character, a
     * quote, a backslash or a byte of a multi-byte character), or the array's length. Looks at eight
     * bytes at a time while none of them needs a look: most of what notebooks hold is plain.
     */
    static int end(byte[] bytes, int from) {
        int i = from;
        int last = bytes.length - 8;
        while (i <= last) {
            long word = (long) LONGS.get(bytes, i);
            // Each term has a byte's high bit set where that byte is below 0x20, a quote or a
            // backslash (exactly where it is the lowest such byte, which is all this needs);
            // bytes from 0x80 on never set it themselves, so they are looked for apart.
            long controls = (word - 0x20 * ONES) & ~word;
            long quotes = word ^ '"' * ONES;
            long backslashes = word ^ '\\' * ONES;
            long special = controls | (quotes - ONES) & ~quotes | (backslashes - ONES) & ~backslashes;
            if (((special | word) & HIGHS) != 0) {
                break;
            }
            i += 8;
        }
        while (i < bytes.length) {
            byte b = bytes[i];
            if (b < 0x20 || b == '"' || b == '\\') {
                break;
            }
            i++;
        }
        return i;
    }
}
