package dev.nbexport.core.verify;

import java.util.Arrays;
import java.util.List;

/**
 * A run of records ({@link RecordRun}) of one name, the call or the table that holds each of them
 * ({@code Row}, {@code customers}), whose numbers count as a table's measures do: in columns whose
 * numbers go up and down ({@link ColumnNumbers}; an id or an index in order measures nothing), none
 * when a column holds identifiers that differ in every record (a setting's or a field's name, as
 * configuration keys its entries), and, for a reader that asks so, only in records that hold text
 * too (records of numbers alone, points or a grid of parameters, are code's own).
 */
final class MeasuredRecords {

    private final RecordRun run;
    /** The columns' numbers, made at the first record: most texts hold none. */
    private ColumnNumbers numbers;
    private final List<int[]> found;
    private final boolean numbersNeedText;
    /** The open record's numbers by column, {@code [from, to)}: -1 where its value is none. */
    private final int[] numberFrom = new int[RecordRun.COLUMNS];
    private final int[] numberTo = new int[RecordRun.COLUMNS];
    private char[] text;
    private boolean holdsText;
    private long name;
    /** The open run's name, start, and width: the columns of its first record. */
    private long runName;
    private int start;
    private int width;

    MeasuredRecords(int minRows, List<int[]> found, boolean numbersNeedText) {
        this.run = new RecordRun(minRows, found);
        this.found = found;
        this.numbersNeedText = numbersNeedText;
    }

    /** A record named by the hash {@code name} starts: its keys and values come next, each key before its value. */
    void record(char[] text, long name) {
        if (numbers == null) {
            numbers = new ColumnNumbers();
        }
        run.record();
        this.text = text;
        this.name = name;
        holdsText = false;
        Arrays.fill(numberFrom, -1);
    }

    /** The open record's next key, written at {@code [from, to)}. */
    void key(int from, int to) {
        run.key(text, from, to);
    }

    /** The open record's next item, known by its place. */
    void item() {
        run.item();
    }

    /** The value of the key or item read last, written at {@code [from, to)}, quotes and all. */
    void value(int from, int to) {
        run.value(text, from, to);
    }

    /** The value read last is the number at {@code [from, to)}, quotes aside. */
    void number(int from, int to) {
        int column = run.keyCount() - 1;
        if (column < RecordRun.COLUMNS) {
            numberFrom[column] = from;
            numberTo[column] = to;
        }
    }

    /** The value read last is text. */
    void text() {
        holdsText = true;
    }

    /** How many keys the open record has so far. */
    int keyCount() {
        return run.keyCount();
    }

    /** Adds the open record, read at {@code [start, end)}: to the run if it follows the last record ({@code adjacent}) with the same name and keys. */
    void add(int start, int end, boolean adjacent) {
        boolean goesOn = run.goesOn(adjacent && name == runName);
        if (!goesOn) {
            close();
            this.runName = name;
            this.start = start;
            this.width = Math.min(run.keyCount(), RecordRun.COLUMNS);
        }
        run.add(start, end, goesOn);
        if (run.records() == 0) {
            return; // a record of one key: no run
        }
        boolean counts = holdsText || !numbersNeedText;
        for (int c = 0; c < width; c++) {
            if (numberFrom[c] >= 0) {
                numbers.number(c, text, numberFrom[c], numberTo[c], counts);
            }
        }
    }

    /** Ends the run: reports it if it is a table. */
    void close() {
        int records = run.records();
        if (records > 0 && run.isTableOfMeasures(numbers, records, width)) {
            found.add(new int[] {start, run.end(), 0, 0, records});
        }
        run.discard();
        if (numbers != null) {
            numbers.reset();
        }
    }
}
