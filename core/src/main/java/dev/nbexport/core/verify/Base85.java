package dev.nbexport.core.verify;

/**
 * The base85 part of {@code encoded-blob}: a long run of the characters of one of the two base85
 * alphabets, reported from {@code blobMinLength} characters on, like a base64 run.
 *
 * <ul>
 * <li>RFC 1924 / Python's {@code base64.b85encode}: {@code 0-9 A-Z a-z !#$%&()*+-;<=>?@^_`{|}~}. It
 * holds no quote, comma, dot or backslash, so it sits whole in a string literal.</li>
 * <li>Ascii85 / Adobe ({@code <~…~>}, {@code base64.a85encode}): {@code !} to {@code u}, and {@code z}.</li>
 * </ul>
 *
 * <p>A run goes on over a line break where one segment of {@value #WRAPPED_LINE_MIN} characters or
 * more (as for base64 pieces) ends its line and the next starts one (quotes, string prefixes, commas and indentation around
 * them allowed), as encoders wrap their output. Code, paths and URLs hold runs of these characters too,
 * but not long ones that mix upper case, lower case, digits and many kinds of punctuation: base85
 * output uses each of its 85 characters about as often.
 */
final class Base85 {

    private static final int WRAPPED_LINE_MIN = 32;
    /** Fewest distinct characters of a run: a random kilobyte of base85 shows nearly all 85. */
    private static final int MIN_DISTINCT = 48;
    /** Fewest distinct punctuation characters outside base64's alphabet. */
    private static final int MIN_PUNCTUATION = 8;

    private static final int B85 = 1;
    private static final int A85 = 2;
    private static final byte[] ALPHABETS = new byte[128];
    /** Punctuation outside base64's alphabet. */
    private static final long[] PUNCTUATION = CharacterMix.bits("!\"#$%&'()*,.:;<>?@[\\]^`{|}~");

    static {
        for (char c = '!'; c <= 'u'; c++) {
            ALPHABETS[c] |= A85;
        }
        ALPHABETS['z'] |= A85;
        String b85 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~";
        for (char c : b85.toCharArray()) {
            ALPHABETS[c] |= B85;
        }
    }

    private Base85() {
    }

    /**
     * Looks at the runs of printable ASCII without spaces (both alphabets together) long enough to
     * be a wrapped line, and only there for a run of either alphabet; a text without such a run
     * (most are) is not looked at.
     */
    static void find(TextScanner.Scan scan, int minLength) {
        char[] text = scan.chars;
        int n = text.length;
        if (n < minLength || scan.longestWord() < WRAPPED_LINE_MIN) {
            return;
        }
        int i = 0;
        while (i < n) {
            if (text[i] <= ' ' || text[i] > '~') {
                i++;
                continue;
            }
            int start = i;
            while (i < n && text[i] > ' ' && text[i] <= '~') {
                i++;
            }
            if (i - start >= WRAPPED_LINE_MIN) {
                int b85 = runs(scan, start, i, minLength, B85, "base85");
                int a85 = runs(scan, start, i, minLength, A85, "ascii85");
                i = Math.max(i, Math.max(b85, a85));
            }
        }
    }

    /** Reports the long runs of one alphabet that start in {@code [from, to)}; returns where the last of them ends. */
    private static int runs(TextScanner.Scan scan, int from, int to, int minLength, int alphabet, String name) {
        char[] text = scan.chars;
        int n = text.length;
        int i = from;
        int reach = to;
        while (i < to) {
            if (!in(text[i], alphabet)) {
                i++;
                continue;
            }
            int start = i;
            int segmentStart = i;
            int total = 0;
            int end;
            while (true) {
                while (i < n && in(text[i], alphabet)) {
                    i++;
                }
                end = i;
                total += end - segmentStart;
                int next = end - segmentStart >= WRAPPED_LINE_MIN ? nextLineStart(text, end, alphabet) : -1;
                if (next < 0) {
                    break;
                }
                segmentStart = next;
                i = next;
            }
            if (total >= minLength && looksEncoded(text, start, end, alphabet) && !reported(scan, start, end)) {
                scan.add(Rule.ENCODED_BLOB, start, end, "a run of " + total + " " + name + " characters");
            }
            reach = Math.max(reach, end);
        }
        return reach;
    }

    private static boolean in(char c, int alphabet) {
        return c < 128 && (ALPHABETS[c] & alphabet) != 0;
    }

    /**
     * Where the next segment of a wrapped run starts, if only what closes a piece of a string stands
     * between {@code at} and the line's end, and only what opens one before the next line's first
     * character of the alphabet; else -1.
     */
    private static int nextLineStart(char[] text, int at, int alphabet) {
        int n = text.length;
        int k = at;
        while (k < n && text[k] != '\n') {
            char c = text[k];
            if (c != ' ' && c != '\t' && c != '\r' && c != '"' && c != '\'' && c != '\\' && c != ',') {
                return -1;
            }
            k++;
        }
        k++;
        while (k < n && (text[k] == ' ' || text[k] == '\t')) {
            k++;
        }
        k = afterOpeningQuote(text, k);
        return k < n && text[k] != '\n' && in(text[k], alphabet) ? k : -1;
    }

    /** Past the quote that opens a string piece at {@code at} and its prefix ({@code b'}, {@code rb"}), if there is one. */
    private static int afterOpeningQuote(char[] text, int at) {
        int k = at;
        while (k < text.length && k - at < 2 && "bBrRuU".indexOf(text[k]) >= 0) {
            k++;
        }
        return k < text.length && (text[k] == '"' || text[k] == '\'') ? k + 1 : at;
    }

    private static boolean looksEncoded(char[] text, int start, int end, int alphabet) {
        CharacterMix mix = new CharacterMix();
        for (int k = start; k < end; k++) {
            char c = text[k];
            if (in(c, alphabet)) { // else between the lines of a wrapped run
                mix.add(c);
            }
        }
        return mix.lettersAndDigits() && mix.distinctOf(PUNCTUATION) >= MIN_PUNCTUATION && mix.distinct() >= MIN_DISTINCT;
    }

    /** Whether another blob rule (base64, a data: URI) reported this place already. */
    private static boolean reported(TextScanner.Scan scan, int start, int end) {
        for (TextScanner.Raw hit : scan.hits) {
            if ((hit.rule() == Rule.ENCODED_BLOB || hit.rule() == Rule.DATA_URI) && hit.start() < end && hit.end() > start) {
                return true;
            }
        }
        return false;
    }
}
