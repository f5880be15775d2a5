package dev.nbexport.core.verify;

import java.util.Arrays;
import java.util.List;

/**
 * Consecutive records of the same keys (the rows of a list of dicts, or of a YAML list of
 * mappings), and whether they look like data rather than configuration: at least {@code minRows}
 * records of two keys or more, every value a short scalar (40 characters at most, free text aside:
 * below), and either as many numbers as records or text that reads as names (see
 * {@link #readsAsNames}). A list of steps, of environment variables or of options holds names,
 * commands and long texts, seldom a number in every record.
 *
 * <p>A column of free text ({@link RecordColumn#isFreeText}: a note, a comment, an address) is left
 * out, and the records judged by their other columns, two or more; their numbers count then only if
 * no column holds identifiers that differ in every record ({@link RecordColumn#keys}), as
 * configuration's long texts (an option's help, a message, a description) stand beside its keys.
 * A column of other long values (commands, paths, URLs) makes the records no table.
 */
final class RecordRun {

    /** Columns whose values are looked at: the first ones of a record, as every reader of tables judges them. */
    static final int COLUMNS = 16;
    /** The longest key a reader of records takes: a longer one makes what holds it no record. */
    static final int MAX_KEY = 64;

    private final int minRows;
    private final List<int[]> found;
    /** The hash of the keys of the run's records. */
    private long keys;
    private int records;
    private int numbers;
    private int start;
    private int end;
    private int columns;
    /** The columns, made when the first record is read. */
    private RecordColumn[] column;
    private final Logins logins = new Logins();
    /** The open record, whose values are in the columns: its keys hashed and counted, its numbers. */
    private long recordKeys;
    private int keyCount;
    private int recordNumbers;
    private boolean numbersIgnored;

    RecordRun(int minRows, List<int[]> found) {
        this.minRows = minRows;
        this.found = found;
    }

    /** A record starts: its keys (or items) and values come next, each key before its value. */
    void record() {
        if (column == null) {
            column = new RecordColumn[COLUMNS];
            Arrays.setAll(column, c -> new RecordColumn());
        }
        for (RecordColumn c : column) {
            c.clear();
        }
        recordKeys = 0;
        keyCount = 0;
        recordNumbers = 0;
        numbersIgnored = false;
    }

    /** The open record's next key, written at {@code [from, to)}, quotes and all. */
    void key(char[] text, int from, int to) {
        boolean quoted = quoted(text, from, to);
        recordKeys = extendHash(recordKeys, text, quoted ? from + 1 : from, quoted ? to - 1 : to);
        keyCount++;
    }

    /** The open record's next item: a sequence's, known by its place, so that the record's keys are its length. */
    void item() {
        recordKeys = ++keyCount;
    }

    /** How many keys or items the open record has so far. */
    int keyCount() {
        return keyCount;
    }

    /**
     * The value of the key or item read last, written at {@code [from, to)}: its quotes count in its
     * length, as a row's value is judged short ({@link RecordValue#MAX_LENGTH}), not in how it reads.
     * Past the first {@value #COLUMNS} it is not judged.
     */
    void value(char[] text, int from, int to) {
        if (keyCount <= COLUMNS) {
            boolean quoted = quoted(text, from, to);
            column[keyCount - 1].read(text, quoted ? from + 1 : from, quoted ? to - 1 : to, to - from);
        }
    }

    /** One of the open record's values is a number, which counts unless its numbers are {@linkplain #ignoreNumbers ignored}. */
    void number() {
        recordNumbers++;
    }

    /** None of the open record's numbers count, those read and those to come. */
    void ignoreNumbers() {
        numbersIgnored = true;
    }

    /**
     * Adds the open record, read at {@code [start, end)}: to the run if it follows the last record
     * ({@code adjacent}) with the same keys, else it starts a new run.
     */
    void add(int start, int end, boolean adjacent) {
        if (records == 0 || !adjacent || recordKeys != keys) {
            close();
            this.keys = recordKeys;
            this.start = start;
            this.columns = Math.min(keyCount, COLUMNS);
            for (int c = 0; c < columns; c++) {
                column[c].reset();
            }
        }
        if (keyCount < 2) {
            close();
            return;
        }
        markLogins();
        for (int c = 0; c < columns; c++) {
            column[c].add(records);
        }
        records++;
        this.numbers += numbersIgnored ? 0 : recordNumbers;
        this.end = end;
    }

    /**
     * Whether {@link #add add}ing the open record as {@code adjacent} would go on with the run: it
     * follows the run's last record, with the same keys, two or more.
     */
    boolean goesOn(boolean adjacent) {
        return records > 0 && adjacent && recordKeys == keys && keyCount >= 2;
    }

    /** How many records the open run holds. */
    int records() {
        return records;
    }

    /** Whether {@code [from, to)} is quoted: it starts and ends with the same quote, single or double. */
    private static boolean quoted(char[] text, int from, int to) {
        return to - from >= 2 && (text[from] == '"' || text[from] == '\'') && text[to - 1] == text[from];
    }

    /**
     * Marks the open record's values that are logins made of the names beside them ({@link Logins}):
     * of a first and a last name in two columns, or of a full name in one, cut to an initial.
     */
    private void markLogins() {
        for (int c = 0; c < columns; c++) {
            if (column[c].mayBeLogin(logins) && madeOfNames()) {
                column[c].markLogin();
            }
        }
    }

    /** Whether the login read last is made of the open record's names. */
    private boolean madeOfNames() {
        for (int a = 0; a < columns; a++) {
            if (column[a].isFullName() && column[a].madeOfFullName(logins)) {
                return true;
            }
            if (!column[a].isNameWord()) {
                continue;
            }
            for (int b = a + 1; b < columns; b++) {
                if (column[b].isNameWord() && (column[a].madeOf(logins, column[b]) || column[b].madeOf(logins, column[a]))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Ends the run: reports it if it is a table. */
    void close() {
        if (isTable()) {
            found.add(new int[] {start, end, 0, 0, records});
        }
        discard();
    }

    /** Whether the open run is a table: for a caller that reports it in its own terms, then {@link #discard}s it. */
    boolean isTable() {
        return isTable(numbers);
    }

    /** Whether the open run is a table if {@code numbers} of its values are numbers that count: for a caller that tells which do. */
    boolean isTable(int numbers) {
        if (records < minRows) {
            return false;
        }
        int shortColumns = 0;
        boolean freeText = false;
        boolean keys = false;
        for (int c = 0; c < columns; c++) {
            if (column[c].isShort()) {
                shortColumns++;
                keys |= column[c].keys(records);
            } else if (column[c].isFreeText()) {
                freeText = true;
            } else {
                return false; // commands, paths, URLs: configuration's long values
            }
        }
        return shortColumns >= 2 && (numbers >= records && !(freeText && keys) || readsAsNames());
    }

    /**
     * Whether the open run, {@code rows} rows of {@code width} columns whose numbers {@code numbers}
     * read, is a table when its numbers count as a table's measures: those of columns that go up and
     * down ({@link ColumnNumbers#measures}), and none beside a column of {@linkplain #hasKeys keys}
     * (a setting's, a constant's or a field's name, as configuration keys its entries), nor in rows
     * {@linkplain #keyedByLabels keyed by labels} (a model's scores by model and features).
     */
    boolean isTableOfMeasures(ColumnNumbers numbers, int rows, int width) {
        return isTable(hasKeys() || keyedByLabels() ? 0 : numbers.measures(rows, width));
    }

    /**
     * Whether the run's rows are measures keyed by labels: every column a number's or a
     * {@linkplain RecordColumn#labels label's} (words in lower case, as code names a model, a
     * feature, a setting), the labels' columns together differing in every record, as a grid of
     * experiments names each run by its model and its features. A customer's or a transaction's
     * row holds names, ids, dates or places beside its amounts, which no label column makes.
     */
    private boolean keyedByLabels() {
        int sample = Math.min(records, RecordColumn.SAMPLE);
        long[] rows = null;
        for (int c = 0; c < columns; c++) {
            if (column[c].labels(records)) {
                rows = rows == null ? new long[sample] : rows;
                for (int r = 0; r < sample; r++) {
                    rows[r] = rows[r] * 0x100000001B3L + column[c].hash(r);
                }
            } else if (!column[c].numbers(records)) {
                return false;
            }
        }
        return rows != null && RecordColumn.distinct(rows, sample) == sample;
    }

    /** Whether a column of the open run holds {@linkplain RecordColumn#keys keys}: identifiers that differ in every record. */
    private boolean hasKeys() {
        for (int c = 0; c < columns; c++) {
            if (column[c].keys(records)) {
                return true;
            }
        }
        return false;
    }

    /** Ends the run without reporting it. */
    void discard() {
        records = 0;
        numbers = 0;
    }

    /**
     * Whether the run is a list of people, customers, places or products written as text: a column
     * of logins made of the names beside them ({@link RecordColumn#logins}) when those names vary
     * as people's do (an API's verbs and nouns, {@code Get}, {@code User}, {@code get_user}, repeat);
     * a column of people's full names ({@link RecordColumn#fullNames}) beside anything but keys written as
     * code ({@code max_workers}, {@code --dry-run}: the labels of options or columns), logins,
     * slugs and mailboxes included; or two columns or more whose values read as names
     * (capitalised words, see {@link RecordValue}) and vary, one of them from record to record.
     * Configuration written as records names its entries with identifiers ({@code LOG_LEVEL},
     * {@code menu.save}, {@code age}), one per record, or holds commands, paths and versions; and
     * where it holds words (a step's name, a column's label) it holds them in one column, or repeats
     * a few of them (a type, a group), as data seldom does.
     */
    private boolean readsAsNames() {
        int sample = Math.min(records, RecordColumn.SAMPLE);
        boolean fullNames = false;
        boolean codeKeys = false;
        boolean logins = false;
        int variedNames = 0;
        for (int c = 0; c < columns; c++) {
            if (!column[c].isShort()) {
                continue; // free text, left out
            }
            fullNames |= column[c].fullNames(records);
            codeKeys |= column[c].codeKeys(records);
            logins |= column[c].logins(records);
            variedNames += 4 * column[c].distinctNames(records) >= 3 * sample ? 1 : 0;
        }
        if (logins && (fullNames || variedNames >= 2) || fullNames && !codeKeys) {
            return true;
        }
        int nameColumns = 0;
        boolean identity = false;
        for (int c = 0; c < columns; c++) {
            if (!column[c].isShort()) {
                continue;
            }
            if (column[c].keys(records)) {
                return false; // entries keyed by identifiers: messages, options, a frame's columns
            }
            int distinct = column[c].distinctNames(records);
            if (4 * distinct >= sample && distinct >= 5) {
                nameColumns++;
                identity |= 2 * distinct >= sample;
            }
        }
        return nameColumns >= 2 && identity;
    }

    /**
     * {@code hash} extended by the text at {@code [from, to)}, parted from what it hashed before: a
     * record's keys hashed one after the other, or a value on its own (from 0).
     */
    static long extendHash(long hash, char[] text, int from, int to) {
        long h = hash * 0x100000001B3L + 0x2F;
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
