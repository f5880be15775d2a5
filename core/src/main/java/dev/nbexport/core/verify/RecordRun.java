package dev.nbexport.core.verify;

import java.util.Arrays;
import java.util.List;

/**
 * Consecutive records of the same keys (the rows of a list of dicts, or of a YAML list of
 * mappings), and whether they look like data rather than configuration: at least {@code minRows}
 * records of two keys or more, every value a short scalar ({@value #MAX_VALUE} characters at most),
 * and either as many numbers as records or two columns of names (see {@link #readsAsNames}). A list
 * of steps, of environment variables or of options holds names, commands and long texts, seldom a
 * number in every record.
 */
final class RecordRun {

    private static final int MAX_VALUE = 40;
    /** Columns whose values are looked at (the first ones of a record), and values of each whose distinctness is counted. */
    private static final int COLUMNS = 16;
    private static final int SAMPLE = 128;
    private static final byte OTHER = 0;
    private static final byte NAME = 1;
    private static final byte IDENTIFIER = 2;

    private final int minRows;
    private final List<int[]> found;
    private long keys;
    private int records;
    private int numbers;
    private boolean shortValues;
    private int start;
    private int end;
    private int columns;
    /** The open record's values: hash and kind, by column. */
    private final long[] valueHash = new long[COLUMNS];
    private final byte[] valueKind = new byte[COLUMNS];
    /** The run's columns: how many values read as names, how many as identifiers, the first values' hashes. */
    private final int[] names = new int[COLUMNS];
    private final int[] identifiers = new int[COLUMNS];
    private final long[][] hashes = new long[COLUMNS][];

    RecordRun(int minRows, List<int[]> found) {
        this.minRows = minRows;
        this.found = found;
    }

    /** A record starts: its values come next, through {@link #value}. */
    void record() {
        Arrays.fill(valueKind, OTHER);
        Arrays.fill(valueHash, 0);
    }

    /** The open record's value in column {@code column} (0 for the first key) is {@code [from, to)}, without quotes. */
    void value(int column, char[] text, int from, int to) {
        if (column < COLUMNS) {
            valueHash[column] = withKey(0, text, from, to);
            valueKind[column] = kind(text, from, to);
        }
    }

    /**
     * Adds the record at {@code [start, end)} with the keys hashed to {@code keys}: to the run if it
     * follows the last record ({@code adjacent}) with the same keys, else it starts a new run.
     */
    void add(int start, int end, long keys, int keyCount, int numbers, int longestValue, boolean adjacent) {
        if (records == 0 || !adjacent || keys != this.keys) {
            close();
            this.keys = keys;
            this.start = start;
            this.shortValues = true;
            this.columns = Math.min(keyCount, COLUMNS);
            Arrays.fill(names, 0);
            Arrays.fill(identifiers, 0);
        }
        if (keyCount < 2) {
            close();
            return;
        }
        for (int c = 0; c < columns; c++) {
            names[c] += valueKind[c] == NAME ? 1 : 0;
            identifiers[c] += valueKind[c] == IDENTIFIER ? 1 : 0;
            if (records < SAMPLE) {
                if (hashes[c] == null) {
                    hashes[c] = new long[SAMPLE];
                }
                hashes[c][records] = valueHash[c];
            }
        }
        records++;
        this.numbers += numbers;
        this.shortValues &= longestValue <= MAX_VALUE;
        this.end = end;
    }

    /** Ends the run: reports it if it is a table. */
    void close() {
        if (records >= minRows && shortValues && (numbers >= records || readsAsNames())) {
            found.add(new int[] {start, end, 0, 0, records});
        }
        records = 0;
        numbers = 0;
    }

    /**
     * Whether the run is a list of people, customers, places or products written as text: two
     * columns or more whose values read as names (capitalised words, see {@link #kind}) and vary,
     * one of them from record to record. Configuration written as records names its entries with
     * identifiers ({@code LOG_LEVEL}, {@code menu.save}, {@code age}), one per record, or holds
     * commands, paths and versions; and where it holds words (a step's name, a column's label) it
     * holds them in one column, or repeats a few of them (a type, a group), as data seldom does.
     */
    private boolean readsAsNames() {
        int sample = Math.min(records, SAMPLE);
        int nameColumns = 0;
        boolean identity = false;
        for (int c = 0; c < columns; c++) {
            long[] sorted = Arrays.copyOf(hashes[c], sample);
            Arrays.sort(sorted);
            int distinct = 1;
            for (int i = 1; i < sample; i++) {
                distinct += sorted[i] != sorted[i - 1] ? 1 : 0;
            }
            if (identifiers[c] == records && distinct == sample) {
                return false; // entries keyed by identifiers: messages, options, a frame's columns
            }
            if (10 * names[c] >= 9 * records && 4 * distinct >= sample && distinct >= 5) {
                nameColumns++;
                identity |= 2 * distinct >= sample;
            }
        }
        return nameColumns >= 2 && identity;
    }

    /**
     * {@link #NAME} for capitalised words as names are written ({@code Ann Lee}, {@code Rue de la Paix},
     * {@code O'Brien & Sons Ltd.}): letters, single spaces and {@code ' - & , .}, every word capitalised
     * but short particles ({@code de}, {@code of}, {@code van}), not all of it in capitals (codes and
     * constants: {@code EG-ALX}, {@code INFO}); {@link #IDENTIFIER} for one word of
     * code's characters as keys are written ({@code age}, {@code menu.save}, {@code LOG_LEVEL}); else
     * {@link #OTHER} (numbers, sentences, commands, paths, URLs, versions).
     */
    static byte kind(char[] text, int from, int to) {
        if (from >= to || to - from > MAX_VALUE) {
            return OTHER;
        }
        boolean name = Character.isUpperCase(text[from]);
        boolean identifier = true;
        boolean underscore = false;
        boolean lower = false;
        int wordStart = from;
        for (int k = from; k <= to; k++) {
            char c = k < to ? text[k] : ' ';
            if (c == ' ') {
                // a word ends: capitalised, a short particle, or "&"
                int length = k - wordStart;
                name &= length > 0 && (Character.isUpperCase(text[wordStart]) || length <= 3 && Character.isLowerCase(text[wordStart])
                        || length == 1 && text[wordStart] == '&');
                identifier &= k == to;
                wordStart = k + 1;
            } else if (Character.isLetter(c)) {
                lower |= Character.isLowerCase(c);
            } else {
                identifier &= c < 128 && (c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-');
                underscore |= c == '_';
                name &= c == '\'' || c == '\u2019' || c == '-' || c == '&' || c == ','
                        || c == '.' && (k + 1 == to || text[k + 1] == ' ');
            }
        }
        if (name && lower) {
            return NAME;
        }
        char first = text[from];
        return identifier && (first >= 'a' && first <= 'z' || first == '_' || underscore) ? IDENTIFIER : OTHER;
    }

    /** The hash of a record's keys so far, {@code keys}, with the key at {@code [from, to)} added. */
    static long withKey(long keys, char[] text, int from, int to) {
        long h = keys * 0x100000001B3L + 0x2F;
        for (int k = from; k < to; k++) {
            h = (h ^ text[k]) * 0x100000001B3L;
        }
        return h;
    }

    /** Where the last record added ends, or -1 when none is open. */
    int end() {
        return records == 0 ? -1 : end;
    }
}
