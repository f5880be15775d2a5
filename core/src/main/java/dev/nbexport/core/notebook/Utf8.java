package dev.nbexport.core.notebook;

/** Strict UTF-8, for scanners that look at a file's bytes without decoding them. */
final class Utf8 {

    private Utf8() {
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
