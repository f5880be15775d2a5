package dev.nbexport.core.verify;

/**
 * What a file that is not UTF-8 text says of itself: text in another encoding (UTF-16 with its
 * byte order mark, as Excel exports "Unicode text"; Latin-1 or Windows-1252, as older editors on
 * Windows save code), or binary content. Such a file is not scanned, so it fails closed; the
 * words tell the user to convert it, never which bytes it holds.
 */
final class NonUtf8Text {

    static final String BINARY = "binary content";
    static final String UTF_16 = "not UTF-8 text: UTF-16, as its byte order mark says; convert it to UTF-8";
    static final String UTF_32 = "not UTF-8 text: UTF-32, as its byte order mark says; convert it to UTF-8";
    static final String LATIN_1 = "not UTF-8 text: it looks like Latin-1 (or Windows-1252); convert it to UTF-8";

    private NonUtf8Text() {
    }

    /** Describes {@code head}, the first bytes of a file found not to be UTF-8 text. */
    static String describe(byte[] head) {
        if (startsWith(head, 0xff, 0xfe, 0, 0) || startsWith(head, 0, 0, 0xfe, 0xff)) {
            return UTF_32;
        }
        if (startsWith(head, 0xff, 0xfe) || startsWith(head, 0xfe, 0xff)) {
            return UTF_16;
        }
        return looksLikeLatin1(head) ? LATIN_1 : BINARY;
    }

    /**
     * Text in a single-byte Western encoding: no control bytes but white space, and some byte
     * above ASCII; of the bytes 0x80 to 0x9f (C1 controls in Latin-1) only those Windows-1252 prints.
     */
    private static boolean looksLikeLatin1(byte[] head) {
        boolean aboveAscii = false;
        for (byte b : head) {
            int value = b & 0xff;
            if (value < 0x20 && value != '\t' && value != '\n' && value != '\r' && value != '\f' || value == 0x7f
                    || value == 0x81 || value == 0x8d || value == 0x8f || value == 0x90 || value == 0x9d) {
                return false;
            }
            aboveAscii |= value >= 0x80;
        }
        return aboveAscii;
    }

    private static boolean startsWith(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
