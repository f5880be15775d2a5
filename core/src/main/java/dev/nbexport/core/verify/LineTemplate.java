package dev.nbexport.core.verify;

/**
 * One line of free text read as a template and its fields: what a loop's {@code print} or a log
 * call writes once a record ({@code 100231: Ann Lee - 3258.16 EUR (since 2023-03-13)}). The fields
 * are the numbers (ids, amounts, dates, times, a sign before them included), runs of capitalised
 * words ({@code Ann Lee}, {@code Rue de la Paix}), words in capitals ({@code INFO}, {@code EUR}),
 * quoted strings and e-mail addresses; the template, hashed as {@link #skeleton}, is the line with
 * each field replaced by its kind, its other words and punctuation kept, white space as one space.
 *
 * <p>Words written as code writes them stay in the template, so that lines of code differ in it:
 * identifiers ({@code max_workers}, {@code dev.foo.BarTest}, {@code BarTest}), paths and words
 * in lower case. A line with a call or an index ({@code f(}, {@code a[}), a brace, an assignment or
 * a comparison ({@code =} with a space beside it, {@code ==}), or a comma, semicolon, bracket or
 * backslash at its end (an item of a list, a statement) is code, and no template line.
 */
final class LineTemplate extends LineFields {

    private static final byte WORD = 6;
    private static final byte SPACE = 7;
    private static final byte PUNCTUATION = 8;

    /** Lower-case words that join the capitalised words of a name ({@code Rue de la Paix}, {@code Ludwig van Beethoven}). */
    private static final String[] PARTICLES = {"de", "da", "di", "du", "del", "der", "den", "des", "la", "le", "van", "von", "dos", "das", "al", "bin"};

    /** The line's tokens, {@code [from, to)} and kind, at most one a character. */
    private final int[] tokenFrom = new int[MAX_WIDTH];
    private final int[] tokenTo = new int[MAX_WIDTH];
    private final byte[] tokenKind = new byte[MAX_WIDTH];
    private int tokens;

    /** Reads {@code [start, end)} of {@code text}; whether it is a line of free text with two fields or more. */
    @Override
    boolean read(char[] text, int start, int end) {
        fields = 0;
        skeleton = 0;
        if (end - start > MAX_WIDTH || isCode(text, start, end) || !tokenize(text, start, end)) {
            return false;
        }
        for (int t = 0; t < tokens; t++) {
            byte type = tokenKind[t];
            if (type == NAME) {
                int last = nameEnd(text, t);
                field(NAME, tokenFrom[t], tokenTo[last]);
                t = last;
            } else if (type == PUNCTUATION && isSign(text, t)) {
                field(NUMBER, tokenFrom[t], tokenTo[t + 1]);
                t++;
            } else if (type == WORD || type == PUNCTUATION) {
                skeleton = RecordRun.extendHash(skeleton, text, tokenFrom[t], tokenTo[t]);
            } else if (type == SPACE) {
                skeleton = skeleton * 0x100000001B3L + ' ';
            } else {
                field(type, tokenFrom[t], tokenTo[t]);
            }
        }
        return fields >= 2;
    }

    /** The last token of the name that starts at token {@code t}: its capitalised words parted by one space, particles among them. */
    private int nameEnd(char[] text, int t) {
        int last = t;
        int k = t + 1;
        while (k + 1 < tokens && isOneSpace(text, k)) {
            if (tokenKind[k + 1] == NAME) {
                last = k + 1;
                k += 2;
            } else if (tokenKind[k + 1] == WORD && isParticle(text, k + 1)) {
                k += 2;
            } else {
                break;
            }
        }
        return last;
    }

    private boolean isOneSpace(char[] text, int t) {
        return tokenKind[t] == SPACE && tokenTo[t] - tokenFrom[t] == 1 && text[tokenFrom[t]] == ' ';
    }

    private boolean isParticle(char[] text, int t) {
        for (String particle : PARTICLES) {
            if (particle.length() == tokenTo[t] - tokenFrom[t] && particle.contentEquals(java.nio.CharBuffer.wrap(text, tokenFrom[t], particle.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code t} is a minus or plus sign written against the number after it, not joined to a word before it. */
    private boolean isSign(char[] text, int t) {
        char c = text[tokenFrom[t]];
        return (c == '-' || c == '+') && t + 1 < tokens && tokenKind[t + 1] == NUMBER
                && (t == 0 || tokenKind[t - 1] == SPACE || tokenKind[t - 1] == PUNCTUATION && text[tokenFrom[t - 1]] != c);
    }

    /** Splits {@code [start, end)} into tokens; false when a line has none. */
    private boolean tokenize(char[] text, int start, int end) {
        tokens = 0;
        // Once a quote finds no closing one, none after it on the line does: the line is read once.
        boolean singleOpen = true;
        boolean doubleOpen = true;
        int k = start;
        while (k < end) {
            char c = text[k];
            int next;
            byte type;
            if (c == ' ' || c == '\t' || c == '\r') {
                next = k + 1;
                while (next < end && (text[next] == ' ' || text[next] == '\t' || text[next] == '\r')) {
                    next++;
                }
                if (next == end || tokens == 0) {
                    k = next;
                    continue; // indentation and trailing spaces are no part of the template
                }
                type = SPACE;
            } else if ((c == '"' && doubleOpen || c == '\'' && singleOpen) && (k == start || !Character.isLetterOrDigit(text[k - 1]))) {
                int close = k + 1;
                while (close < end && text[close] != c) {
                    close++;
                }
                if (close < end) {
                    next = close + 1;
                    type = QUOTED;
                } else {
                    doubleOpen &= c != '"';
                    singleOpen &= c != '\'';
                    next = k + 1;
                    type = PUNCTUATION;
                }
            } else if (Character.isLetterOrDigit(c)) {
                next = wordEnd(text, k, end);
                type = wordKind(text, k, next);
            } else {
                next = k + 1;
                type = PUNCTUATION;
            }
            tokenFrom[tokens] = k;
            tokenTo[tokens] = next;
            tokenKind[tokens++] = type;
            k = next;
        }
        return tokens > 0;
    }

    /** The end of the word at {@code k}: letters and digits, joined by {@code . - _ ' / @ + :} (and {@code ,} between digits). */
    private static int wordEnd(char[] text, int k, int end) {
        int e = k + 1;
        while (e < end) {
            char c = text[e];
            if (Character.isLetterOrDigit(c)) {
                e++;
            } else if (e + 1 < end && Character.isLetterOrDigit(text[e + 1]) && (".-_'\u2019/@+:".indexOf(c) >= 0
                    || c == ',' && Character.isDigit(text[e - 1]) && Character.isDigit(text[e + 1]))) {
                e += 2;
            } else {
                break;
            }
        }
        return e;
    }

    /** How the word at {@code [a, b)} reads: a number, a capitalised word, a word in capitals, an e-mail address, or a word of the template. */
    private static byte wordKind(char[] text, int a, int b) {
        if (Character.isDigit(text[a])) {
            for (int k = a; k < b; k++) {
                boolean timeMark = text[k] == 'T' && k + 1 < b || text[k] == 'Z' && k + 1 == b; // ISO 8601's 2024-03-01T10:00:11Z
                if (!Character.isDigit(text[k]) && ".,:/-".indexOf(text[k]) < 0 && !timeMark) {
                    return WORD; // 3rd, 10ms, a hash
                }
            }
            return NUMBER;
        }
        int at = -1;
        boolean lower = false;
        boolean upper = false;
        boolean other = false;
        boolean innerUpper = false;
        for (int k = a; k < b; k++) {
            char c = text[k];
            if (c == '@') {
                at = k;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
                // Inside a name a capital follows an apostrophe, a hyphen or a prefix (O'Brien, McDonald, LeBlanc): else it is code's (BarTest)
                innerUpper |= k > a && !RecordValue.isNameCapital(text, a, k);
            } else if (!(c == '\'' || c == '\u2019' || c == '-')) {
                other = true;
            }
        }
        if (at > a && at + 1 < b && indexOf(text, '.', at, b) > 0) {
            return EMAIL;
        }
        if (other || at >= 0 || !Character.isUpperCase(text[a])) {
            return WORD;
        }
        if (!lower) {
            return b - a >= 2 ? CAPITALS : NAME; // INFO, EUR; an initial
        }
        return innerUpper ? WORD : NAME;
    }

    private static int indexOf(char[] text, char c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text[k] == c) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether {@code [start, end)} is code: a call or an index ({@code f(}, {@code a[}), a brace, an
     * assignment or a comparison, or a line that ends as an item of a list or a statement does.
     */
    private static boolean isCode(char[] text, int start, int end) {
        int last = end - 1;
        while (last >= start && (text[last] == ' ' || text[last] == '\t' || text[last] == '\r')) {
            last--;
        }
        if (last < start || ",;([{\\".indexOf(text[last]) >= 0) {
            return true;
        }
        for (int k = start; k < end; k++) {
            char c = text[k];
            if (c == '{' || c == '}') {
                return true;
            }
            if ((c == '(' || c == '[') && k > start && (Character.isLetterOrDigit(text[k - 1]) || text[k - 1] == '_')) {
                return true;
            }
            if (c == '=' && (k == start || k + 1 == end || "=!<>:+-*/|&^% \t".indexOf(text[k - 1]) >= 0
                    || text[k + 1] == ' ' || text[k + 1] == '=' || text[k + 1] == '>')) {
                return true;
            }
        }
        return false;
    }
}
