package dev.nbexport.core.notebook;

import java.util.Comparator;

/** Python orders strings by code point; Java's {@code compareTo} orders UTF-16 units, which differs above U+FFFF. */
final class PythonOrder {

    static final Comparator<String> KEYS = PythonOrder::compare;

    private PythonOrder() {
    }

    private static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
