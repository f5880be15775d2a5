package dev.nbexport.core.verify;

import java.util.List;

/**
 * Records written as calls of keyword arguments: the repr of a Spark row, a named tuple or a
 * dataclass ({@code Row(customer_id=100231, full_name='Ann Lee')}, pandas'
 * {@code Pandas(Index=0, id=100231, name='Ann Lee')}, {@code Customer(id=100231, ...)}), or R's
 * {@code list(id = 100231, name = "Ann Lee")}, one a line or side by side.
 *
 * <p>A record is a call of keyword arguments, each given a scalar, perhaps wrapped in a call of
 * scalars ({@link LiteralItem}: {@code datetime.date(2023, 3, 13)}, {@code as.Date("2023-03-13")}),
 * perhaps after scalars given by their place ({@code Row(100231, "Ann Lee", amount=3258.16)}); a
 * name or a nested structure makes it code. Its keys are its arguments' places and names, and the
 * records of one run are calls of one function. They follow one another as
 * {@link RecordGap} says: in a list, one a line, in comments, in a doctest's output. They are a table
 * when they look like data ({@link MeasuredRecords}): numbers count only beside text, as keyword
 * calls of numbers alone ({@code Point(x=1.5, y=2)}, {@code dict(lr=0.1, epochs=10)}) are points and
 * parameters; configuration written so ({@code Field(name="id", default=0)}) keys its entries by
 * identifiers.
 *
 * <p>Each parenthesis after a name is tried as a record's start. A try that fails hands over to the
 * next parenthesis after the last value it read, so that no text a try has read whole is read again.
 */
final class KeywordRecords {

    /** The longest name of a function read, perhaps qualified ({@code pyspark.sql.Row}). */
    private static final int MAX_NAME = 64;

    private final char[] text;
    private final MeasuredRecords records;
    private final LiteralItem item = new LiteralItem();
    /** The end of the last record read, or -1. */
    private int last = -1;
    /** Where the try after a failed one starts. */
    private int resume;

    private KeywordRecords(char[] text, MeasuredRecords records) {
        this.text = text;
        this.records = records;
    }

    static void find(TextScanner.Scan scan, int minRows, List<int[]> found) {
        // Each record is a call of its own with a keyword argument, so an equals sign of its own.
        if (scan.count('=') >= minRows) {
            new KeywordRecords(scan.chars, new MeasuredRecords(minRows, found, true)).records(scan.text);
        }
    }

    private void records(String source) {
        for (int at = source.indexOf('('); at >= 0; ) {
            resume = at + 1;
            int end = record(at);
            at = source.indexOf('(', end >= 0 ? end : resume);
        }
        records.close();
    }

    /** Reads the call whose parenthesis is at {@code at} as a record, adding it if it is one; its end, or -1. */
    private int record(int at) {
        int callee = calleeStart(at);
        if (callee < 0) {
            return -1;
        }
        int k = Scalars.space(text, at + 1);
        if (keywordName(k) < 0 && !positionalsThenKeyword(k)) {
            return -1; // most calls: a name or an expression first, or no keyword argument
        }
        records.record(text, RecordRun.extendHash(0, text, callee, at));
        boolean positional = true;
        while (k < text.length) {
            if (text[k] == ')' && records.keyCount() > 0) {
                records.add(callee, k + 1, last >= 0 && RecordGap.between(text, last, callee));
                last = k + 1;
                return k + 1;
            }
            int keyEnd = keywordName(k);
            positional &= keyEnd < 0;
            if (positional) {
                records.item();
            } else if (keyEnd < 0) {
                return -1;
            } else {
                records.key(k, keyEnd);
            }
            int valueAt = positional ? k : Scalars.space(text, Scalars.space(text, keyEnd) + 1);
            if (!item.read(text, valueAt)) {
                return -1;
            }
            value();
            resume = item.end;
            k = Scalars.space(text, item.end);
            if (k < text.length && text[k] == ',') {
                k = Scalars.space(text, k + 1);
            } else if (k >= text.length || text[k] != ')') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the arguments at {@code at} are scalars given by their place, then a keyword argument
     * ({@code Row(100231, name="Ann Lee")}): a quick look at the first one, a number or a string,
     * before they are read, as most calls give a name, an expression or nothing first.
     */
    private boolean positionalsThenKeyword(int at) {
        if (at >= text.length || !(Scalars.isQuote(text[at]) || text[at] >= '0' && text[at] <= '9' || text[at] == '-')) {
            return false;
        }
        int k = at;
        for (int read = 0; read < RecordRun.COLUMNS && item.read(text, k); read++) {
            k = Scalars.space(text, item.end);
            if (k >= text.length || text[k] != ',') {
                return false;
            }
            k = Scalars.space(text, k + 1);
            if (keywordName(k) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The end of the name of the keyword argument at {@code at} (a name, then {@code =}, not {@code ==}), or -1 for any other. */
    private int keywordName(int at) {
        int keyEnd = keyEnd(at);
        int equals = keyEnd < 0 ? -1 : Scalars.space(text, keyEnd);
        return equals >= 0 && equals + 1 < text.length && text[equals] == '=' && text[equals + 1] != '=' ? keyEnd : -1;
    }

    /** Reads the item just read as the open record's value. */
    private void value() {
        records.value(item.from, item.to);
        if (item.missing) {
            return;
        }
        boolean quoted = Scalars.isQuote(text[item.from]);
        if (Scalars.isNumber(text, item.from, item.to)) {
            records.number(quoted ? item.from + 1 : item.from, quoted ? item.to - 1 : item.to);
        } else if (quoted) {
            records.text();
        }
    }

    /** Where the name of the function called at the parenthesis {@code at} starts, or -1 when none stands right before it. */
    private int calleeStart(int at) {
        int k = at;
        while (k > 0 && at - k <= MAX_NAME && isNameChar(text[k - 1])) {
            k--;
        }
        return k < at && at - k <= MAX_NAME && (Character.isLetter(text[k]) || text[k] == '_') ? k : -1;
    }

    /** The end of the argument name at {@code at} ({@code customer_id}, R's {@code signup.date}), or -1. */
    private int keyEnd(int at) {
        if (at >= text.length || !(text[at] < 128 && Character.isLetter(text[at]) || text[at] == '_')) {
            return -1;
        }
        int k = at;
        while (k < text.length && k - at <= RecordRun.MAX_KEY && isNameChar(text[k])) {
            k++;
        }
        return k - at <= RecordRun.MAX_KEY ? k : -1;
    }

    private static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.');
    }
}
