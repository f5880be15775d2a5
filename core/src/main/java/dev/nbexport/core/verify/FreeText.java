package dev.nbexport.core.verify;

/**
 * Whether a value reads as prose, as a note, a comment or an address does: three words or more,
 * parted by single spaces or by line breaks written {@code \n}, each of letters and digits, with an
 * apostrophe or a hyphen inside it, punctuation ({@code , . ; : ! ? %}) at its end and a parenthesis
 * or a quote (escaped or not) around it. A command ({@code -r}), a path or a URL ({@code /}, {@code .}
 * inside a word), code ({@code = [ {}) and a hash are no prose. A {@code \u00e9} escape (JSON,
 * Python) reads as the letter it stands for; other backslashes are no prose.
 */
final class FreeText {

    private static final int MIN_WORDS = 3;
    private static final int ESCAPE = 6;

    private FreeText() {
    }

    /** Whether {@code [from, to)}, its quotes aside, reads as prose. */
    static boolean isProse(char[] text, int from, int to) {
        int words = 0;
        int k = from;
        while (k < to) {
            int end = wordEnd(text, k, to);
            if (end < 0) {
                return false;
            }
            words++;
            k = end < to && text[end] == ' ' ? end + 1 : end;
            while (isEscape(text, k, to, 'n')) {
                k += 2;
            }
        }
        return words >= MIN_WORDS;
    }

    /** The end of the word at {@code k}: {@code to}, or the single space or the {@code \n} after it; -1 if it is no prose word. */
    private static int wordEnd(char[] text, int k, int to) {
        if (k < to && (text[k] == '(' || text[k] == '"' || text[k] == '\'')) {
            k++;
        } else if (isEscape(text, k, to, '"') || isEscape(text, k, to, '\'')) {
            k += 2;
        }
        int letters = 0;
        while (k < to) {
            char c = text[k];
            if (Character.isLetterOrDigit(c)) {
                letters++;
                k++;
            } else if (c == '\\' && isLetterEscape(text, k, to)) {
                letters++;
                k += ESCAPE;
            } else if ((c == '\'' || c == '\u2019' || c == '-') && letters > 0 && k + 1 < to && Character.isLetterOrDigit(text[k + 1])) {
                k++;
            } else {
                break;
            }
        }
        if (letters == 0) {
            return -1;
        }
        while (true) {
            if (k < to && ",.;:!?%)\"'".indexOf(text[k]) >= 0) {
                k++;
            } else if (isEscape(text, k, to, '"') || isEscape(text, k, to, '\'')) {
                k += 2;
            } else {
                break;
            }
        }
        boolean space = k + 1 < to && text[k] == ' ' && text[k + 1] != ' ';
        return k == to || space || isEscape(text, k, to, 'n') ? k : -1;
    }

    /** Whether a backslash and {@code escaped} stand at {@code k}. */
    private static boolean isEscape(char[] text, int k, int to, char escaped) {
        return k + 1 < to && text[k] == '\\' && text[k + 1] == escaped;
    }

    /** Whether the backslash at {@code k} starts a {@code \u00e9} escape of a letter. */
    private static boolean isLetterEscape(char[] text, int k, int to) {
        if (k + ESCAPE > to || text[k + 1] != 'u') {
            return false;
        }
        int value = 0;
        for (int d = k + 2; d < k + ESCAPE; d++) {
            int digit = Character.digit(text[d], 16);
            if (digit < 0) {
                return false;
            }
            value = value << 4 | digit;
        }
        return Character.isLetter((char) value);
    }
}
