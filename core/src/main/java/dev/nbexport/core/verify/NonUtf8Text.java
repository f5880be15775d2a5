package dev.nbexport.core.verify;

/**
 * What a file that is not UTF-8 text says of itself: text in another encoding (UTF-16 with its
 * byte order mark, as Excel exports "Unicode text", or without one, as PowerShell's redirections
 * and {@code Out-File} and Excel's exports write it; Latin-1 or Windows-1252, as older editors on
 * Windows save code), or binary content. Such a file is not scanned, so it fails closed; the
 * words tell the user to convert it, never which bytes it holds.
 */
final class NonUtf8Text {

    static final String BINARY = "binary content";
    static final String UTF_16 = "not UTF-8 text: UTF-16, as its byte order mark says; convert it to UTF-8";
    static final String UTF_32 = "not UTF-8 text: UTF-32, as its byte order mark says; convert it to UTF-8";
    static final String UTF_16LE = "not UTF-8 text: it looks like UTF-16 (little-endian) without a byte order mark;"
            + " convert it to UTF-8";
    static final String UTF_16BE = "not UTF-8 text: it looks like UTF-16 (big-endian) without a byte order mark;"
            + " convert it to UTF-8";
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
        if (looksLikeUtf16(head, 1)) {
            return UTF_16LE;
        }
        if (looksLikeUtf16(head, 0)) {
            return UTF_16BE;
        }
        return looksLikeLatin1(head) ? LATIN_1 : BINARY;
    }

    /** The fewest UTF-16 code units read as text without a byte order mark: a few bytes of a binary can look like anything. */
    private static final int MIN_UTF_16_UNITS = 8;

    /**
     * Mostly ASCII in UTF-16 without a byte order mark: the byte that a code unit keeps for its
     * higher half ({@code high}: 1 for little-endian, 0 for big-endian) is zero in three units in
     * four or more, where the other is a printable ASCII character or white space; and no unit is a
     * control character but white space (a binary's runs of zeros, its small numbers) or a lone half
     * of a surrogate pair.
     */
    private static boolean looksLikeUtf16(byte[] head, int high) {
        int units = head.length / 2;
        if (units < MIN_UTF_16_UNITS) {
            return false;
        }
        int ascii = 0;
        boolean pairOpen = false;
        for (int i = 0; i < units; i++) {
            int unit = (head[2 * i + 1 - high] & 0xff) | (head[2 * i + high] & 0xff) << 8;
            boolean highSurrogate = unit >= 0xd800 && unit <= 0xdbff;
            boolean lowSurrogate = unit >= 0xdc00 && unit <= 0xdfff;
            if (unit < 0x20 && !isWhiteSpace(unit) || unit == 0x7f || lowSurrogate != pairOpen) {
                return false;
            }
            pairOpen = highSurrogate;
            ascii += unit < 0x7f ? 1 : 0;
        }
        return 4 * ascii >= 3 * units;
    }

    private static boolean isWhiteSpace(int c) {
        return c == '\t' || c == '\n' || c == '\r' || c == '\f';
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
