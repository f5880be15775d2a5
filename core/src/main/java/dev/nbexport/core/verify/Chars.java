package dev.nbexport.core.verify;

/**
 * Searches in a text held as a {@code char[]}. The text rules loop over every character of every
 * string they check; under the quick JIT tier, which a verify of a folder runs on, indexing an
 * array costs a fraction of {@code String.charAt}, which it calls rather than inlines.
 */
final class Chars {

    private Chars() {
    }

    /** The first index of {@code c} in {@code text} at or after {@code from}, or -1. */
    static int indexOf(char[] text, char c, int from) {
        for (int i = Math.max(from, 0); i < text.length; i++) {
            if (text[i] == c) {
                return i;
            }
        }
        return -1;
    }
}
