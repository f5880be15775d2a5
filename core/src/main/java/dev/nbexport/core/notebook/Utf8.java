package dev.nbexport.core.notebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * Strict UTF-8, the only encoding Jupyter reads (Python's decoder refuses overlong forms, encoded
 * surrogates and anything past U+10FFFF, which Jackson lets through), for scanners that look at a
 * file's bytes without decoding them.
 */
final class Utf8 {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGHS = 0x8080808080808080L;
    private static final int CHUNK = 64 * 1024;

    private Utf8() {
    }

    /** The index of the first byte that is not strict UTF-8, or -1 when all of them are. */
    static long firstInvalid(byte[] bytes) {
        return firstInvalid(bytes, 0, bytes.length);
    }

    /**
     * The index of the first byte in {@code [from, to)} that is not strict UTF-8, or -1 when all of
     * them are; a sequence that {@code to} cuts is not.
     */
    static int firstInvalid(byte[] bytes, int from, int to) {
        int end = scan(bytes, from, to, true);
        return end < 0 ? -end - 1 : -1;
    }

    /** The index just past the strict UTF-8 sequence of two to four bytes at {@code at}, or -1 when there is none. */
    static int sequenceEnd(byte[] bytes, int at) {
        return scalarAt(bytes, at) < 0 ? -1 : at + length(bytes[at] & 0xff);
    }

    /** Whether a lead byte from 0xE0 to 0xEF and the two bytes after it are a strict UTF-8 sequence. */
    static boolean isThreeByteSequence(int lead, byte second, byte third) {
        int b = second & 0xff;
        return (b & 0xc0) == 0x80 && (third & 0xc0) == 0x80
                && !(lead == 0xe0 && b < 0xa0) // overlong
                && !(lead == 0xed && b >= 0xa0); // a surrogate
    }

    /** The offset of the first byte of the stream, read to its end, that is not strict UTF-8; or -1. */
    static long firstInvalid(InputStream in) throws IOException {
        try (Checking checking = new Checking(in)) {
            checking.transferTo(OutputStream.nullOutputStream());
            return -1;
        } catch (InvalidUtf8Exception e) {
            return e.offset();
        }
    }

    /**
     * The bytes of another stream, checked a chunk at a time as they are read: the first byte that
     * is not strict UTF-8 throws {@link InvalidUtf8Exception} before it is handed out.
     */
    static final class Checking extends InputStream {
        private final InputStream in;
        private final byte[] buffer = new byte[CHUNK + 4];
        /** Bytes {@code [position, limit)} are checked and not yet handed out. */
        private int position;
        private int limit;
        /** Bytes {@code [limit, limit + cut)}: a sequence the chunk's end cut, checked with the next chunk. */
        private int cut;
        /** The stream offset of {@code buffer[0]}. */
        private long base;
        private boolean ended;
        /** Once bad bytes are found, every later read fails too: nothing after them is handed out. */
        private InvalidUtf8Exception failure;

        Checking(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            return position < limit || fill() ? buffer[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, into.length);
            if (length == 0) {
                return 0;
            }
            if (position == limit && !fill()) {
                return -1;
            }
            int count = Math.min(length, limit - position);
            System.arraycopy(buffer, position, into, offset, count);
            position += count;
            return count;
        }

        private boolean fill() throws IOException {
            if (failure != null) {
                throw failure;
            }
            while (!ended) {
                System.arraycopy(buffer, limit, buffer, 0, cut);
                base += limit;
                limit = 0;
                int read = in.readNBytes(buffer, cut, CHUNK);
                int length = cut + read;
                ended = read < CHUNK;
                int end = scan(buffer, 0, length, ended);
                if (end < 0) {
                    position = 0;
                    cut = 0;
                    failure = new InvalidUtf8Exception(base - end - 1);
                    throw failure;
                }
                position = 0;
                limit = end;
                cut = length - end;
                if (limit > 0) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /**
     * Checks bytes {@code [from, to)}: returns {@code to}, or where a sequence that {@code to} cuts
     * starts (unless {@code atEnd}, when that is invalid), or {@code -(i + 1)} for the first invalid
     * sequence at {@code i}.
     */
    private static int scan(byte[] bytes, int from, int to, boolean atEnd) {
        int i = from;
        while (i < to) {
            while (i + 8 <= to && ((long) LONGS.get(bytes, i) & HIGHS) == 0) {
                i += 8;
            }
            if (i >= to) {
                break;
            }
            int lead = bytes[i] & 0xff;
            if (lead < 0x80) {
                i++;
                continue;
            }
            // Two- and three-byte sequences (all but emoji and rarer scripts) checked in place.
            if (lead >= 0xc2 && lead <= 0xdf && i + 1 < to) {
                if ((bytes[i + 1] & 0xc0) != 0x80) {
                    return -i - 1;
                }
                i += 2;
                continue;
            }
            if (lead >= 0xe0 && lead <= 0xef && i + 2 < to) {
                if (!isThreeByteSequence(lead, bytes[i + 1], bytes[i + 2])) {
                    return -i - 1;
                }
                i += 3;
                continue;
            }
            int length = length(lead);
            if (length == 0) {
                return -i - 1;
            } else if (i + length > to) {
                return atEnd ? -i - 1 : i;
            } else if (scalarAt(bytes, i) < 0) {
                return -i - 1;
            } else {
                i += length;
            }
        }
        return to;
    }

    /**
     * The scalar value of the multi-byte sequence whose lead byte is at {@code at}, or -1 unless it
     * is complete and in its shortest form (no overlong forms, no surrogates, nothing past U+10FFFF).
     * Its length is {@link #length} of the lead byte.
     */
    static int scalarAt(byte[] bytes, int at) {
        int lead = bytes[at] & 0xff;
        int count = length(lead) - 1;
        if (count <= 0 || at + count >= bytes.length) {
            return -1;
        }
        int cp = lead & (0x7f >> count + 1);
        for (int i = 1; i <= count; i++) {
            int b = bytes[at + i] & 0xff;
            if ((b & 0xc0) != 0x80) {
                return -1;
            }
            cp = cp << 6 | (b & 0x3f);
        }
        int min = count == 1 ? 0x80 : count == 2 ? 0x800 : 0x10000;
        return cp < min || cp > 0x10ffff || cp >= 0xd800 && cp <= 0xdfff ? -1 : cp;
    }

    /** The length of a sequence that starts with {@code lead} (a byte from 0 to 255); 0 for a byte no sequence starts with. */
    static int length(int lead) {
        if (lead < 0x80) {
            return 1;
        }
        if (lead >= 0xc2 && lead <= 0xdf) {
            return 2;
        }
        if (lead >= 0xe0 && lead <= 0xef) {
            return 3;
        }
        return lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    }
}
