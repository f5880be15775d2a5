package dev.nbexport.core.known;

/**
 * The words of a text as the known-data check reads them: runs of letters and digits, case-folded;
 * every other character separates, and a run of them counts as one. So {@code Ann  LEE} and
 * {@code ann lee} are the same two words, and {@code +49 30 1234567} and {@code +49-30-1234567} the
 * same three. A word is kept as a 64-bit hash, never as a string; a sequence of words hashes to
 * {@link #append}'s fold of its words' hashes, from {@link #START}, whether read from a data file
 * or from a text.
 */
final class Words {

    /** The hash of no words: the start of every sequence's. */
    static final long START = 0x2545F4914F6CDD1DL;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            ASCII_WORD[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_WORD[c] = true;
            ASCII_WORD[c - 32] = true;
        }
    }

    private final char[] chars;
    private final int end;
    private int at;
    /** The word last read: its hash, where it is, how many letters and digits it holds. */
    long hash;
    int start;
    int stop;
    int letters;
    int digits;

    Words(char[] chars, int from, int end) {
        this.chars = chars;
        this.at = from;
        this.end = end;
    }

    Words(String text) {
        this(text.toCharArray(), 0, text.length());
    }

    /** Reads the next word; false at the end of the text. */
    boolean next() {
        char[] chars = this.chars;
        int i = at;
        while (i < end && !isWordChar(chars[i])) {
            i++;
        }
        if (i >= end) {
            at = end;
            return false;
        }
        start = i;
        long h = FNV_OFFSET;
        int letterCount = 0;
        int digitCount = 0;
        for (; i < end; i++) {
            char c = chars[i];
            if (c < 128) {
                if (!ASCII_WORD[c]) {
                    break;
                }
                if (c <= '9') {
                    digitCount++;
                } else {
                    letterCount++;
                    c = c <= 'Z' ? (char) (c + 32) : c;
                }
            } else if (Character.isLetterOrDigit(c)) {
                if (Character.isDigit(c)) {
                    digitCount++;
                } else {
                    letterCount++;
                }
                c = Character.toLowerCase(c);
            } else {
                break;
            }
            h = (h ^ c) * FNV_PRIME;
        }
        stop = i;
        at = i;
        hash = mix(h);
        letters = letterCount;
        digits = digitCount;
        return true;
    }

    static boolean isWordChar(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    /** The hash of a sequence followed by one more word. */
    static long append(long sequence, long word) {
        return mix(sequence * 0x9E3779B97F4A7C15L + word);
    }

    /** A finaliser that spreads every input bit over the whole hash (SplitMix64's). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
