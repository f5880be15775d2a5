package dev.nbexport.core.verify;

/**
 * How one value of a record reads, in one pass over it: {@link #NAME} for capitalised words as
 * names are written ({@code Ann Lee}, {@code Rue de la Paix}, {@code O'Brien & Sons Ltd.}): letters,
 * single spaces and {@code ' - & , .}, every word capitalised but short particles ({@code de},
 * {@code of}, {@code van}), not all of it in capitals (codes and constants: {@code EG-ALX},
 * {@code INFO}); {@link #IDENTIFIER} for one word of code's characters as keys are written
 * ({@code age}, {@code menu.save}, {@code LOG_LEVEL}, {@code --dry-run}); else {@link #OTHER} (numbers, sentences,
 * commands, paths, URLs, versions).
 *
 * <p>Apart from its kind, a value is a full name when it is two to four words of letters (and
 * {@code ' - .} inside them), either written as names are or all in lower case ({@code ann lee});
 * its first and last words are then hashed, case aside, for {@link RecordColumn} to count.
 *
 * <p>A {@code \u00e9} escape (JSON, YAML, Python) reads as the letter it stands for.
 */
final class RecordValue {

    /**
     * What a name's capital may follow inside its word ({@code McDonald}, {@code MacLeod},
     * {@code LeBlanc}, {@code DeVries}, {@code DiMaggio}, {@code FitzGerald}): a capital elsewhere is
     * code's ({@code JavaScript}, {@code GitHub}, {@code DataFrame}).
     */
    private static final String[] NAME_PREFIXES = {"Mc", "Mac", "Fitz", "Le", "La", "De", "Di", "Du", "Da", "Del", "Van", "Von"};

    static final byte OTHER = 0;
    static final byte NAME = 1;
    static final byte IDENTIFIER = 2;
    static final int MAX_LENGTH = 40;
    private static final int ESCAPE = 6;

    byte kind;
    /** An identifier written as code alone writes it: with an underscore ({@code max_workers}) or as a flag ({@code --dry-run}). */
    boolean coded;
    boolean fullName;
    /**
     * A label written in lower case as code names things: a word or a few, of lower-case letters,
     * digits and {@code _ - + . /}, starting with a letter ({@code logreg}, {@code random forest},
     * {@code base+rfm}, {@code customer_id}): a model's, a feature's or a setting's name.
     */
    boolean label;
    int words;
    long firstWord;
    long lastWord;

    void clear() {
        kind = OTHER;
        coded = false;
        fullName = false;
        label = false;
        words = 0;
        firstWord = 0;
        lastWord = 0;
    }

    void read(char[] text, int from, int to) {
        clear();
        if (from >= to || to - from > MAX_LENGTH) {
            return;
        }
        boolean name = Character.isUpperCase(text[from]) || text[from] == '\\';
        boolean identifier = true;
        boolean underscore = false;
        boolean lower = false;
        boolean upper = false;
        boolean letters = true;
        boolean labelled = text[from] >= 'a' && text[from] <= 'z';
        int words = 0;
        int wordLength = 0;
        char wordFirst = 0;
        long word = 0;
        char first = 0;
        int step;
        for (int k = from; k <= to; k += step) {
            step = 1;
            char c = k < to ? text[k] : ' ';
            if (c == '\\' && k + ESCAPE <= to && text[k + 1] == 'u') {
                int decoded = hex(text, k + 2);
                if (decoded >= 0) {
                    c = (char) decoded;
                    step = ESCAPE;
                    identifier = false;
                }
            }
            if (k == from) {
                first = c;
            }
            if (c == ' ') {
                // a word ends: capitalised, a short particle, or "&"
                name &= wordLength > 0 && (Character.isUpperCase(wordFirst) || wordLength <= 3 && Character.isLowerCase(wordFirst)
                        || wordLength == 1 && wordFirst == '&');
                identifier &= k == to;
                letters &= wordLength > 0;
                labelled &= wordLength > 0;
                words++;
                firstWord = words == 1 ? word : firstWord;
                lastWord = word;
                wordLength = 0;
                word = 0;
                continue;
            }
            if (wordLength++ == 0) {
                wordFirst = c;
            }
            word = (word ^ Character.toLowerCase(c)) * 0x100000001B3L + 0x2F;
            labelled &= c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '+' || c == '.' || c == '/';
            if (Character.isLetter(c)) {
                lower |= Character.isLowerCase(c);
                upper |= Character.isUpperCase(c);
            } else {
                identifier &= c < 128 && (c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-');
                underscore |= c == '_';
                boolean dot = c == '.' && (k + 1 >= to || text[k + 1] == ' ');
                name &= c == '\'' || c == '\u2019' || c == '-' || c == '&' || c == ',' || dot;
                letters &= c == '\'' || c == '\u2019' || c == '-' || dot;
            }
        }
        if (name && lower) {
            kind = NAME;
        } else if (identifier && (first >= 'a' && first <= 'z' || first == '_' || first == '-' || underscore)) {
            kind = IDENTIFIER;
            coded = underscore || first == '-';
        }
        label = labelled;
        fullName = letters && words >= 2 && words <= 4 && (kind == NAME || lower && !upper);
        this.words = words;
    }

    /**
     * Whether the capital at {@code capital}, inside the word that starts at {@code word}, is one a
     * person's name holds: after an apostrophe or a hyphen ({@code O'Brien}, {@code Jean-Luc}) or
     * after a prefix of names ({@link #NAME_PREFIXES}).
     */
    static boolean isNameCapital(char[] text, int word, int capital) {
        char before = text[capital - 1];
        if (before == '\'' || before == '\u2019' || before == '-') {
            return true;
        }
        for (String prefix : NAME_PREFIXES) {
            if (capital - word == prefix.length() && prefix.contentEquals(java.nio.CharBuffer.wrap(text, word, prefix.length()))) {
                return true;
            }
        }
        return false;
    }

    /** The character written as four hex digits at {@code at}, or -1. */
    private static int hex(char[] text, int at) {
        int value = 0;
        for (int k = at; k < at + 4; k++) {
            int digit = Character.digit(text[k], 16);
            if (digit < 0) {
                return -1;
            }
            value = value << 4 | digit;
        }
        return value;
    }
}
