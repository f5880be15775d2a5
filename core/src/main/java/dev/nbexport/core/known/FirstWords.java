package dev.nbexport.core.known;

/**
 * A bit set of the first words of the known values, by their hashes: most words of a text start no
 * value, and this answers so with one bit, before any sequence of words is hashed and looked up.
 */
final class FirstWords {

    private static final int MAX_BITS = 1 << 24;

    private FirstWords() {
    }

    /** A set sized for {@code values} first words: about 16 bits each, so that few others pass. */
    static long[] sized(int values) {
        int bits = 64;
        while (bits < MAX_BITS && bits < values * 16L) {
            bits <<= 1;
        }
        return new long[bits / 64];
    }

    static void add(long[] set, long wordHash) {
        int bit = bit(set, wordHash);
        set[bit >>> 6] |= 1L << bit;
    }

    static boolean contains(long[] set, long wordHash) {
        int bit = bit(set, wordHash);
        return (set[bit >>> 6] & 1L << bit) != 0;
    }

    private static int bit(long[] set, long wordHash) {
        return (int) (wordHash >>> 40) & (set.length * 64 - 1);
    }
}
