package dev.nbexport.core.verify;

import java.text.Normalizer;

/**
 * Whether a value is a login made of a person's first and last names, as sites make them: the two
 * names joined in either order, one of them (or neither) cut to its initial, with or without a
 * separator, and digits after it: {@code alee}, {@code ann.lee}, {@code ann_lee}, {@code lee-a},
 * {@code annl}, {@code alee2} for Ann Lee. Case, accents and the separators {@code . _ -} aside, as
 * are the apostrophes and hyphens of names ({@code O'Neil}, {@code Jean-Luc}).
 */
final class Logins {

    private static final int MAX = RecordValue.MAX_LENGTH;

    /** The login's letters, and the two names', lowered and folded. */
    private final char[] login = new char[MAX];
    private final char[] first = new char[MAX];
    private final char[] last = new char[MAX];
    private int loginLength;

    /** Reads the login at {@code [from, to)}; whether it may be one (letters, then digits only at its end). */
    boolean login(char[] text, int from, int to) {
        loginLength = 0;
        boolean digits = false;
        for (int k = from; k < to; k++) {
            char c = text[k];
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (c == '.' || c == '_' || c == '-') {
                if (digits) {
                    return false;
                }
            } else if (digits || loginLength == MAX || !Character.isLetter(c)) {
                return false;
            } else {
                login[loginLength++] = fold(c);
            }
        }
        return loginLength >= 3;
    }

    /**
     * Whether the login read last is made of the names at {@code [firstFrom, firstTo)} and
     * {@code [lastFrom, lastTo)}; with {@code abbreviated}, only of forms that cut one name to its
     * initial ({@code alee}, not {@code annlee}): the form keys written as code share with the labels
     * beside them ({@code max_workers} and {@code Max Workers}).
     */
    boolean madeOf(char[] text, int firstFrom, int firstTo, int lastFrom, int lastTo, boolean abbreviated) {
        int firstLength = letters(text, firstFrom, firstTo, first);
        int lastLength = letters(text, lastFrom, lastTo, last);
        if (firstLength == 0 || lastLength == 0) {
            return false;
        }
        for (int form = 0; form < 6; form++) {
            // 0-2: first then last; 3-5: last then first. Within each: initial + whole, whole + initial, whole + whole.
            boolean lastFirst = form >= 3;
            char[] a = lastFirst ? last : first;
            char[] b = lastFirst ? first : last;
            int aLength = form % 3 == 0 ? 1 : lastFirst ? lastLength : firstLength;
            int bLength = form % 3 == 1 ? 1 : lastFirst ? firstLength : lastLength;
            if (form % 3 == 2 && abbreviated) {
                continue;
            }
            if (aLength + bLength == loginLength && equal(a, 0, aLength, 0) && equal(b, 0, bLength, aLength)) {
                return true;
            }
        }
        return false;
    }

    private boolean equal(char[] name, int from, int length, int at) {
        for (int k = 0; k < length; k++) {
            if (login[at + k] != name[from + k]) {
                return false;
            }
        }
        return true;
    }

    /** The letters of the name at {@code [from, to)} into {@code into}, lowered and folded; their count, or 0 if it is no name. */
    private static int letters(char[] text, int from, int to, char[] into) {
        int length = 0;
        for (int k = from; k < to; k++) {
            char c = text[k];
            if (Character.isLetter(c)) {
                if (length == MAX) {
                    return 0;
                }
                into[length++] = fold(c);
            } else if (c != '\'' && c != '\u2019' && c != '-' && c != '.') {
                return 0;
            }
        }
        return length;
    }

    /** A letter lowered and stripped of its accent ({@code É} reads {@code e}), as logins are written. */
    private static char fold(char c) {
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        String bare = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return Character.toLowerCase(bare.charAt(0));
    }
}
