package dev.nbexport.core.verify;

import java.util.List;

/**
 * Records written as JSON or as Python or JavaScript literals, one a line or spread over several.
 *
 * <p>As mappings: {@code {"name": "Ann", "age": 41},} again and again with the same keys. A record
 * is flat: keys quoted, or bare names as JavaScript writes them ({@code {name: "Ann", age: 41}}),
 * and values that are numbers, quoted strings, {@code true}, {@code false}, {@code null} (or
 * Python's {@code True}, {@code False}, {@code None}, {@code NaN}). A value that is a name, a call
 * or a nested structure makes it code or configuration, not a row. Under bare keys numbers do not
 * count: a record of bare keys is also a YAML flow mapping, whose numbers are configuration's as
 * often as data's ({@link FlowRecords} counts them on one line), and JavaScript's lists of points
 * and chart series are written so.
 *
 * <p>As sequences: tuples, lists or arrays of such values, {@code ("Ann Lee", "Lyon", 34),} again
 * and again with as many items, each item a column by its place. A parenthesis or bracket right
 * after a name or a closing one opens a call's arguments or a subscript, not a record. Numbers do
 * not count either: without keys nothing says what a number measures, and rows of numbers
 * (matrices, points, test vectors) are code's own, left to the number-list rule.
 *
 * <p>Records follow one another with a comma and white space between them, or white space alone
 * (JSON Lines); a comment to the end of the line may follow one ({@code ("Ann Lee", "Lyon"),  # checked}).
 * Mappings may also be the values of a mapping keyed by numbers or by people's names, as pandas'
 * {@code to_dict('index')} writes a frame's rows ({@code {0: {"id": 100231, ...}, 1: {...}}}): the
 * key is then the record's first member, judged as a column, its number counting for none. See
 * {@link RecordRun} for when they are a table. A record may have any number of members; its first ones
 * are its columns.
 *
 * <p>Each brace, parenthesis and bracket is tried as a record's start. A try that fails hands over to
 * the next opening after its start, even one in a string it read, unless it read more than
 * {@value #REREAD_MEMBERS} members: the next try then starts at the member it failed on, which may
 * hold a nested record. Openings among the members read can only stand in strings, so only those
 * are passed over, and no text past a try's first members is read twice: the reading stays linear
 * in the text's length whatever the text holds.
 */
final class JsonRecords {

    /** A key and its value's start, however quoted and spaced: {@code "id":}, {@code 'id':}, {@code id: }, {@code :"}, {@code :'}. */
    private static final Keyword[] KEY_VALUE_SEPARATORS = Keyword.all("\":", "':", ": ", ":\"", ":'");

    /** Members (pairs or items) a failed try may have read and still let the next try start inside them. */
    private static final int REREAD_MEMBERS = 64;

    private final char[] text;
    private final RecordRun mappings;
    private final RecordRun sequences;
    /** Where the try after a failed one starts: after the failed one's start, or at the member it failed on (see above). */
    private int resume;
    /** Where the key {@link #entryKey} found last ends. */
    private int keyEnd;
    private final RecordValue name = new RecordValue();

    private JsonRecords(char[] text, RecordRun mappings, RecordRun sequences) {
        this.text = text;
        this.mappings = mappings;
        this.sequences = sequences;
    }

    static void find(TextScanner.Scan scan, int minRows, List<int[]> found) {
        // Each record opens with a brace, a parenthesis or a bracket of its own.
        if (scan.count('{') + scan.count('(') + scan.count('[') < minRows) {
            return;
        }
        boolean mappings = scan.mayContainAny(KEY_VALUE_SEPARATORS);
        boolean sequences = Scalars.mayHoldQuotedItems(scan);
        if (mappings || sequences) {
            new JsonRecords(scan.chars, new RecordRun(minRows, found), new RecordRun(minRows, found))
                    .records(scan.text, mappings, sequences);
        }
    }

    private void records(String source, boolean mayHoldMappings, boolean mayHoldSequences) {
        // The next brace, parenthesis and bracket, each found by a search of its own: most characters are none.
        int brace = mayHoldMappings ? source.indexOf('{') : -1;
        int parenthesis = mayHoldSequences ? source.indexOf('(') : -1;
        int bracket = mayHoldSequences ? source.indexOf('[') : -1;
        while (true) {
            int at = Math.min(brace < 0 ? Integer.MAX_VALUE : brace,
                    Math.min(parenthesis < 0 ? Integer.MAX_VALUE : parenthesis, bracket < 0 ? Integer.MAX_VALUE : bracket));
            if (at == Integer.MAX_VALUE) {
                break;
            }
            char c = text[at];
            boolean mapping = c == '{';
            resume = at + 1;
            int key = mapping ? entryKey(at) : -1;
            int end = mapping ? mapping(at, key)
                    : at > 0 && opensArguments(text[at - 1]) ? -1 : sequence(at, c == '(' ? ')' : ']');
            if (end >= 0) {
                RecordRun run = mapping ? mappings : sequences;
                run.add(at, end, follows(run.end(), key >= 0 ? key : at));
            }
            int next = end >= 0 ? end : resume;
            brace = brace >= 0 && brace < next ? source.indexOf('{', next) : brace;
            parenthesis = parenthesis >= 0 && parenthesis < next ? source.indexOf('(', next) : parenthesis;
            bracket = bracket >= 0 && bracket < next ? source.indexOf('[', next) : bracket;
        }
        mappings.close();
        sequences.close();
    }

    /** Whether a parenthesis or bracket after {@code c} is a call's or a subscript's: {@code f(}, {@code rows[}, {@code f(x)(}. */
    static boolean opensArguments(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == ')' || c == ']');
    }

    /**
     * Whether only white space, at most one comma and comments to the end of a line ({@code # checked},
     * {@code // x}) stand between the record ending at {@code end} and {@code start}.
     */
    private boolean follows(int end, int start) {
        if (end < 0) {
            return false;
        }
        boolean comma = false;
        for (int k = end; k < start; k++) {
            char c = text[k];
            if (c == ',' && !comma) {
                comma = true;
            } else if (Scalars.isLineComment(text, k, start)) {
                k = Scalars.lineEnd(text, k, start);
                if (k == start) {
                    return false; // the record starts inside the comment
                }
            } else if (!Scalars.isSpace(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads a flat mapping starting with the {@code {} at {@code at}, the value of an entry whose key
     * starts at {@code key} (or -1), that key then its first member; its end, or -1 if there is none.
     */
    private int mapping(int at, int key) {
        mappings.record();
        int members = 0;
        if (key >= 0) {
            mappings.item();
            mappings.value(text, key, keyEnd);
            members = 1;
        }
        int k = Scalars.space(text, at + 1);
        while (k >= 0 && k < text.length) {
            if (text[k] == '}' && mappings.keyCount() > members) {
                return k + 1;
            }
            memberStarts(mappings, k);
            int keyEnd = Scalars.stringEnd(text, k, RecordRun.MAX_KEY);
            if (keyEnd < 0) {
                keyEnd = bareKey(k);
                if (keyEnd < 0) {
                    return -1;
                }
                mappings.ignoreNumbers(); // a record of bare keys is also a YAML flow mapping (see above)
            }
            mappings.key(text, k, keyEnd);
            k = Scalars.space(text, keyEnd);
            if (k >= text.length || text[k] != ':') {
                return -1;
            }
            k = valueThenSeparator(Scalars.space(text, k + 1), mappings, '}');
        }
        return -1;
    }

    /**
     * Where the key of the entry whose value is the mapping at {@code at} starts, when it is a number
     * or a quoted full name ({@code 0: {...}}, {@code "17": {...}}, {@code 'Ann Lee': {...}}: the rows of pandas'
     * {@code to_dict('index')}, keyed by the frame's index or a column of names) and stands first in
     * a mapping or after a comma; else -1. The key's end is left in {@link #keyEnd}. Keys of one word
     * ({@code "ListUsers": {...}}) name the entries of configuration.
     */
    private int entryKey(int at) {
        int k = at - 1;
        while (k >= 0 && Scalars.isSpace(text[k])) {
            k--;
        }
        if (k < 1 || text[k] != ':') {
            return -1;
        }
        keyEnd = k;
        int start = Scalars.isQuote(text[k - 1]) ? quotedKeyStart(k - 1) : numberStart(k - 1);
        if (start < 0) {
            return -1;
        }
        boolean quoted = Scalars.isQuote(text[start]);
        int from = quoted ? start + 1 : start;
        int to = quoted ? keyEnd - 1 : keyEnd;
        if (!Tables.isNumber(text, from, to)) {
            name.read(text, from, to);
            if (!quoted || name.kind != RecordValue.NAME || !name.fullName) {
                return -1;
            }
        }
        k = start - 1;
        while (k >= 0 && Scalars.isSpace(text[k])) {
            k--;
        }
        return k >= 0 && (text[k] == '{' || text[k] == ',') ? start : -1;
    }

    /** Where the string whose closing quote stands at {@code close} opens, on its line and at most {@link RecordRun#MAX_KEY} long; else -1. */
    private int quotedKeyStart(int close) {
        for (int k = close - 1; k >= 0 && close - k <= RecordRun.MAX_KEY && text[k] != '\n'; k--) {
            if (text[k] == text[close] && (k == 0 || text[k - 1] != '\\')) {
                return k;
            }
        }
        return -1;
    }

    /** Where the number (digits, a point, a sign) ending at {@code last} starts; else -1. */
    private int numberStart(int last) {
        int k = last;
        while (k >= 0 && last - k <= RecordRun.MAX_KEY && (text[k] >= '0' && text[k] <= '9' || text[k] == '.' || text[k] == '-')) {
            k--;
        }
        return k < last ? k + 1 : -1;
    }

    /**
     * Reads a flat sequence starting with the parenthesis or bracket at {@code at} and closed by
     * {@code close}; its end, or -1 if there is none.
     */
    private int sequence(int at, char close) {
        int k = Scalars.space(text, at + 1);
        if (k >= text.length || !mayStartScalar(text[k])) {
            return -1; // most parentheses and brackets of code: an expression, a nested one
        }
        sequences.record();
        sequences.ignoreNumbers(); // without keys nothing says what a number measures (see above)
        while (k >= 0 && k < text.length) {
            if (text[k] == close && sequences.keyCount() > 0) {
                return k + 1;
            }
            memberStarts(sequences, k);
            sequences.item();
            k = valueThenSeparator(k, sequences, close);
        }
        return -1;
    }

    /** A member of the open record of {@code run} starts at {@code k}: past the members a failed try may read again, the next try starts there. */
    private void memberStarts(RecordRun run, int k) {
        if (run.keyCount() > REREAD_MEMBERS) {
            resume = k;
        }
    }

    /**
     * Reads the scalar at {@code value} into the open record of {@code run}, then a comma or the
     * {@code close} after it; where the next member or the close starts, or -1 if neither follows.
     */
    private int valueThenSeparator(int value, RecordRun run, char close) {
        int k = value(value, run);
        if (k < 0) {
            return -1;
        }
        k = Scalars.space(text, k);
        if (k < text.length && text[k] == ',') {
            return Scalars.space(text, k + 1);
        }
        return k < text.length && text[k] == close ? k : -1;
    }

    /** Whether a scalar value may start with {@code c}: a quote, a number's first character, a constant's. */
    private static boolean mayStartScalar(char c) {
        return c == '"' || c == '\'' || c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || "tfnTFN".indexOf(c) >= 0;
    }

    /** Reads the scalar value starting at {@code at} into the open record of {@code run}; its end, or -1 if it is not one. */
    private int value(int at, RecordRun run) {
        int end = Scalars.end(text, at);
        if (end >= 0) {
            if (Scalars.isNumber(text, at, end)) {
                run.number();
            }
            run.value(text, at, end);
        }
        return end;
    }

    /** The end of the bare key (a JavaScript identifier) starting at {@code at}, or -1. */
    private int bareKey(int at) {
        int k = at;
        while (k < text.length && k - at <= RecordRun.MAX_KEY && isKeyChar(text[k], k == at)) {
            k++;
        }
        return k == at || k - at > RecordRun.MAX_KEY ? -1 : k;
    }

    private static boolean isKeyChar(char c, boolean first) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$' || !first && c >= '0' && c <= '9';
    }
}
