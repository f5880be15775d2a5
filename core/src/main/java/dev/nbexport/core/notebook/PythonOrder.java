package dev.nbexport.core.notebook;

import java.util.Comparator;

/** Python orders strings by code point; Java's {@code compareTo} orders UTF-16 units, which differs above U+FFFF. */
final class PythonOrder {

    static final Comparator<String> KEYS = PythonOrder::compare;

    private PythonOrder() {
    }

    private static int compare(String a, String b) {
        int common = Math.min(a.length(), b.length());
        for (int k = 0; k < common; k++) {
            char x = a.charAt(k);
            char y = b.charAt(k);
            if (x != y) {
                // A surrogate is part of a code point above U+FFFF, so it orders after any other
                // character; two surrogates (both high, or both low after the same high) order as
                // their code points do.
                boolean xs = Character.isSurrogate(x);
                boolean ys = Character.isSurrogate(y);
                return xs == ys ? x - y : xs ? 1 : -1;
            }
        }
        return a.length() - b.length();
    }
}
