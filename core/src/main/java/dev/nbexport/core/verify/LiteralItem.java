package dev.nbexport.core.verify;

/**
 * An item of a literal list ({@link ScalarList}) as code writes data: a scalar ({@link Scalars}); a
 * hex number ({@code 0x1F}), read as text, for it is more often a code or a mask than a measure; a
 * missing value written as a library's constant ({@code np.nan}, {@code math.nan}, {@code pd.NA},
 * {@code pd.NaT}) or as Python prints one ({@code nan}, {@code NaT}); or a call of scalars
 * ({@code pd.Timestamp("2024-01-03")}, {@code Decimal("12.50")}, {@code datetime.date(2024, 1, 3)},
 * {@code float('nan')}). A call of one scalar is judged by that
 * scalar, as a tribble's {@code as.Date("...")} is ({@link TribbleRows}); a call of several by what it
 * writes, which is then no number. A missing value ({@code None}, {@code NA}, {@code NaN} and the
 * like) is marked: among a column's numbers it stands for one.
 */
final class LiteralItem {

    /** The longest name read: a library's constant or a function, perhaps qualified ({@code datetime.datetime}). */
    private static final int MAX_NAME = 40;
    /** The most arguments read in a call: {@code datetime(year, month, day, hour, minute, second, microsecond)}. */
    private static final int MAX_ARGUMENTS = 7;
    private static final String[] MISSING_SCALARS = {"None", "null", "NULL", "NaN", "NA", "NA_integer_", "NA_real_",
        "NA_character_", "NA_complex_"};
    /** What follows a library's name and a dot in a missing value, {@code np.nan}, {@code pd.NaT}. */
    private static final String[] MISSING_MEMBERS = {"nan", "NaN", "NAN", "NA", "NaT"};
    /** A missing value as Python prints a float's and pandas a time's, in a frame's {@code to_dict()} pasted as printed. */
    private static final String[] PRINTED_MISSING = {"nan", "NaT"};
    /** What a call of one quoted argument makes missing, {@code float('nan')}, {@code np.datetime64('NaT')}. */
    private static final String[] MISSING_TEXTS = {"nan", "NaN", "NAN", "NaT", "NA"};

    /** The scalar judged, quotes included, {@code [from, to)}: the item, or the one scalar it wraps. */
    int from;
    int to;
    /** Where the item ends as written. */
    int end;
    boolean missing;

    /** Reads the item at {@code at}; whether one stands there. */
    boolean read(char[] text, int at) {
        missing = false;
        from = at;
        int scalar = scalarEnd(text, at);
        if (scalar >= 0) {
            to = end = scalar;
            missing = is(text, at, scalar, MISSING_SCALARS);
            return true;
        }
        int name = nameEnd(text, at);
        if (name < 0) {
            return false;
        }
        if (name < text.length && text[name] == '(') {
            return call(text, at, name);
        }
        int member = lastDot(text, at, name) + 1;
        if (member > at + 1 ? is(text, member, name, MISSING_MEMBERS) : member == 0 && is(text, at, name, PRINTED_MISSING)) {
            to = end = name;
            missing = true;
            return true;
        }
        return false;
    }

    /** Reads the call named at {@code [at, name)}, its parenthesis at {@code name}; whether its arguments are all scalars. */
    private boolean call(char[] text, int at, int name) {
        int k = Scalars.space(text, name + 1);
        int arguments = 0;
        int first = -1;
        int firstEnd = -1;
        while (k < text.length && text[k] != ')') {
            int argumentEnd = scalarEnd(text, k);
            if (argumentEnd < 0 || ++arguments > MAX_ARGUMENTS) {
                return false;
            }
            if (first < 0) {
                first = k;
                firstEnd = argumentEnd;
            }
            k = Scalars.space(text, argumentEnd);
            if (k < text.length && text[k] == ',') {
                k = Scalars.space(text, k + 1);
            } else if (k >= text.length || text[k] != ')') {
                return false;
            }
        }
        if (k >= text.length || arguments == 0) {
            return false;
        }
        end = k + 1;
        if (arguments == 1) {
            from = first;
            to = firstEnd;
            boolean quoted = Scalars.isQuote(text[first]);
            missing = quoted ? is(text, first + 1, firstEnd - 1, MISSING_TEXTS) : is(text, first, firstEnd, MISSING_SCALARS);
        } else {
            to = end;
        }
        return true;
    }

    /** The end of the scalar or hex number at {@code at}, or -1. */
    private static int scalarEnd(char[] text, int at) {
        if (at + 2 < text.length && text[at] == '0' && (text[at + 1] == 'x' || text[at + 1] == 'X') && isHexDigit(text[at + 2])) {
            int k = at + 2;
            while (k < text.length && (isHexDigit(text[k]) || text[k] == '_')) {
                k++;
            }
            return k;
        }
        return Scalars.end(text, at);
    }

    /** The end of the name, perhaps qualified, at {@code at}, at most {@link #MAX_NAME} long; or -1. */
    private static int nameEnd(char[] text, int at) {
        if (at >= text.length || !(Character.isLetter(text[at]) || text[at] == '_') || text[at] >= 128) {
            return -1;
        }
        int k = at;
        while (k < text.length && k - at <= MAX_NAME && text[k] < 128 && (Character.isLetterOrDigit(text[k]) || text[k] == '_' || text[k] == '.')) {
            k++;
        }
        return k - at <= MAX_NAME ? k : -1;
    }

    private static int lastDot(char[] text, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            if (text[k] == '.') {
                return k;
            }
        }
        return -1;
    }

    private static boolean is(char[] text, int from, int to, String[] words) {
        for (String word : words) {
            if (to - from == word.length() && new String(text, from, to - from).equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHexDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
