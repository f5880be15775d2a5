package dev.nbexport.core.verify;

/**
 * One line of code read as a template and its literals: a statement written once a record, its
 * values typed in ({@code df.loc[df.id == 100231, 'name'] = "Ann Lee"},
 * {@code ws.append([100231, "Ann Lee", 3258.16])}, {@code ax.annotate("Ann Lee", (3258.16, 0.7))}).
 * The fields are the string literals (quotes and all), the numbers (a sign before them included)
 * and a trailing comment's text ({@code  # Ann Lee}); the template, hashed as {@link #skeleton}, is
 * the code around them: identifiers, operators and brackets, white space left out.
 *
 * <p>A line is a template line when it has code (a letter outside its literals) and two fields or
 * more. A comment alone is not (free text is {@link LineTemplate}'s), nor a line whose string goes
 * on to the next line: a literal left open is no field.
 */
final class LiteralTemplate extends LineFields {

    @Override
    boolean read(char[] text, int start, int end) {
        fields = 0;
        skeleton = 0;
        if (end - start > MAX_WIDTH) {
            return false;
        }
        boolean code = false;
        char before = 0; // the last character of code read, white space aside
        int k = start;
        while (k < end) {
            char c = text[k];
            if (c == ' ' || c == '\t' || c == '\r') {
                k++;
            } else if (c == '"' || c == '\'') {
                int close = closingQuote(text, k, end);
                if (close < 0) {
                    return false;
                }
                field(QUOTED, k, close + 1);
                k = close + 1;
            } else if (isCommentStart(text, k, end, before)) {
                if (!code) {
                    return false;
                }
                int a = k + (c == '#' ? 1 : 2);
                while (a < end && (text[a] == ' ' || text[a] == '\t')) {
                    a++;
                }
                int b = end;
                while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\t' || text[b - 1] == '\r')) {
                    b--;
                }
                if (b > a) {
                    field(COMMENT, a, b);
                }
                break;
            } else if (startsNumber(text, k, end, before)) {
                int b = k + 1;
                while (b < end && (Character.isLetterOrDigit(text[b]) || text[b] == '.' || text[b] == '_')) {
                    b++;
                }
                field(NUMBER, k, b);
                before = '0';
                k = b;
            } else {
                code |= Character.isLetter(c);
                skeleton = skeleton * 0x100000001B3L + c;
                before = c;
                k++;
            }
        }
        return code && fields >= 2;
    }

    /** Where the string literal opened at {@code k} closes, a backslash escaping the character after it, or -1 when it goes on. */
    private static int closingQuote(char[] text, int k, int end) {
        char quote = text[k];
        for (int q = k + 1; q < end; q++) {
            if (text[q] == '\\') {
                q++;
            } else if (text[q] == quote) {
                return q;
            }
        }
        return -1;
    }

    /** Whether a comment starts at {@code k}: {@code #} (Python, R, shell) or {@code //} after white space, as a trailing comment is written. */
    private static boolean isCommentStart(char[] text, int k, int end, char before) {
        boolean spaced = k == 0 || text[k - 1] == ' ' || text[k - 1] == '\t';
        return text[k] == '#' && (spaced || before == 0) || text[k] == '/' && k + 1 < end && text[k + 1] == '/' && spaced;
    }

    /** Whether a number starts at {@code k}: a digit, or a sign or point before one, not inside an identifier. */
    private static boolean startsNumber(char[] text, int k, int end, char before) {
        char c = text[k];
        if (k > 0 && (Character.isLetterOrDigit(text[k - 1]) || text[k - 1] == '_' || text[k - 1] == '.')) {
            return false;
        }
        if (Character.isDigit(c)) {
            return true;
        }
        boolean sign = (c == '-' || c == '+') && (before == 0 || "([{,=:<>~".indexOf(before) >= 0);
        int next = k + 1;
        if (sign && next < end && text[next] == '.') {
            next++;
        }
        return (sign || c == '.') && next < end && Character.isDigit(text[next]);
    }
}
