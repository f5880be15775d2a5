package dev.nbexport.core.verify;

/**
 * Which ASCII characters a run of text holds, added one at a time: whether it mixes upper case,
 * lower case and digits, and how many distinct characters of a set it shows. Encoded data uses
 * nearly every character of its alphabet; words, names and paths use few.
 */
final class CharacterMix {

    private boolean upper;
    private boolean lower;
    private boolean digit;
    /** The characters seen, as bits: those below 64, and those from 64 to 127. */
    private long low;
    private long high;

    /** Adds {@code c}, an ASCII character. */
    void add(char c) {
        if (c >= 'A' && c <= 'Z') {
            upper = true;
        } else if (c >= 'a' && c <= 'z') {
            lower = true;
        } else if (c >= '0' && c <= '9') {
            digit = true;
        }
        if (c < 64) {
            low |= 1L << c;
        } else {
            high |= 1L << (c - 64);
        }
    }

    boolean upper() {
        return upper;
    }

    boolean digit() {
        return digit;
    }

    /** Upper case letters, lower case letters and digits, all three. */
    boolean lettersAndDigits() {
        return upper && lower && digit;
    }

    int distinct() {
        return Long.bitCount(low) + Long.bitCount(high);
    }

    /** How many distinct characters of a set (given as {@link #bits}) it holds. */
    int distinctOf(long[] set) {
        return Long.bitCount(low & set[0]) + Long.bitCount(high & set[1]);
    }

    /** The characters of {@code characters} as the two words of bits that {@link #distinctOf} takes. */
    static long[] bits(String characters) {
        long[] set = new long[2];
        for (char c : characters.toCharArray()) {
            set[c >> 6] |= 1L << (c & 63);
        }
        return set;
    }
}
