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
                if (!Character.isSurrogate(x) && !Character.isSurrogate(y)) {
                    return x - y;
                }
                // Around surrogates, compare whole code points (a pair, or a lone surrogate as
                // Python holds it), from the start of the code point that differs: one back when
                // a shared high surrogate opens a pair on either side.
                boolean pairOpened = k > 0 && Character.isHighSurrogate(a.charAt(k - 1))
                        && (Character.isLowSurrogate(x) || Character.isLowSurrogate(y));
                int at = pairOpened ? k - 1 : k;
                return Integer.compare(a.codePointAt(at), b.codePointAt(at));
            }
        }
        return a.length() - b.length();
    }
}
