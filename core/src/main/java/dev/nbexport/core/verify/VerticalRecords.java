package dev.nbexport.core.verify;

import java.util.Arrays;
import java.util.List;

/**
 * Records printed a field a line under a rule that numbers them: Spark's
 * {@code df.show(vertical=True)} ({@code -RECORD 0-----}, then {@code  name | Ann Lee}), psql's
 * expanded display ({@code -[ RECORD 1 ]---+---}) and MySQL's vertical output of {@code \G}
 * ({@code ***** 1. row *****}, then {@code   name: Ann Lee}). Records of the same keys one after the other are
 * the rows of a table, judged as printed rows are ({@link PrintedRows}).
 */
final class VerticalRecords {

    /** What a record's rule holds: {@code RECORD} (Spark's, psql's), {@code . row *} (MySQL's). */
    private static final Keyword[] RECORD_RULES = Keyword.all("RECORD", ". row *");

    private final char[] text;
    private final int minRows;
    private final PrintedRows rows;
    /** The open record's entries, each its key's and its value's {@code [from, to)}, and how many. */
    private final int[] entries = new int[4 * RecordRun.COLUMNS];
    private int fields;
    private int recordStart = -1;
    private int recordEnd;
    /** The keys of the open table's records, as the first one wrote them, and how many (0: no table is open). */
    private final int[] keys = new int[2 * RecordRun.COLUMNS];
    private int keyCount;
    /** What parts a key from its value in the open record: {@code |}, or MySQL's {@code :}. */
    private char separator;

    private VerticalRecords(char[] text, int minRows, List<int[]> found) {
        this.text = text;
        this.minRows = minRows;
        this.rows = new PrintedRows(minRows, found);
    }

    static void find(TextScanner.Scan scan, int minRows, List<int[]> found) {
        if (scan.mayContainAny(RECORD_RULES)) {
            new VerticalRecords(scan.chars, minRows, found).read();
        }
    }

    private void read() {
        int start = 0;
        while (start < text.length) {
            int end = Scalars.lineEnd(text, start, text.length);
            int next = end < text.length ? end + 1 : end;
            end = Scalars.contentEnd(text, start, end);
            int first = Scalars.indentEnd(text, start, end);
            if (isRecordRule(first, end) || isRowRule(first, end)) {
                endRecord();
                separator = text[first] == '*' ? ':' : '|';
                recordStart = start;
                recordEnd = end;
                fields = 0;
            } else if (recordStart < 0 || !entry(first, end)) {
                endRecord();
                close();
            }
            start = next;
        }
        endRecord();
        close();
    }

    /** Whether {@code [first, end)} opens a record: {@code -RECORD 0---}, or {@code -[ RECORD 1 ]---}. */
    private boolean isRecordRule(int first, int end) {
        int k = first;
        if (k < end && text[k] == '-') {
            k++;
        } else {
            return false;
        }
        if (k + 1 < end && text[k] == '[' && text[k + 1] == ' ') {
            k += 2;
        }
        String record = "RECORD ";
        for (int i = 0; i < record.length(); i++, k++) {
            if (k >= end || text[k] != record.charAt(i)) {
                return false;
            }
        }
        return k < end && Character.isDigit(text[k]);
    }

    /** Whether {@code [first, end)} opens a record as MySQL prints it: {@code ***** 1. row *****}. */
    private boolean isRowRule(int first, int end) {
        int k = first;
        while (k < end && text[k] == '*') {
            k++;
        }
        if (k - first < 3 || k == end || text[k++] != ' ' || k == end || !Character.isDigit(text[k])) {
            return false;
        }
        while (k < end && Character.isDigit(text[k])) {
            k++;
        }
        String row = ". row *";
        for (int i = 0; i < row.length(); i++, k++) {
            if (k >= end || text[k] != row.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Reads {@code [first, end)} as the open record's next entry, {@code key | value} or {@code key: value}; whether it is one. */
    private boolean entry(int first, int end) {
        int bar = first;
        while (bar < end && text[bar] != separator) {
            bar++;
        }
        int keyEnd = bar;
        while (keyEnd > first && text[keyEnd - 1] == ' ') {
            keyEnd--;
        }
        if (bar == end || keyEnd == first) {
            return false;
        }
        if (fields < RecordRun.COLUMNS) {
            int at = 4 * fields;
            entries[at] = first;
            entries[at + 1] = keyEnd;
            entries[at + 2] = bar + 1;
            entries[at + 3] = end;
        }
        fields++;
        recordEnd = end;
        return true;
    }

    /** Ends the open record: the table's next row if it has the table's keys, else the first of a new table. */
    private void endRecord() {
        if (recordStart < 0) {
            return;
        }
        int count = Math.min(fields, RecordRun.COLUMNS);
        if (count < 2) {
            recordStart = -1;
            close();
            return;
        }
        if (!sameKeys(count)) {
            close();
            keyCount = count;
            for (int f = 0; f < count; f++) {
                keys[2 * f] = entries[4 * f];
                keys[2 * f + 1] = entries[4 * f + 1];
            }
            rows.start(count);
        }
        rows.row(recordStart, recordEnd);
        for (int f = 0; f < count; f++) {
            rows.cell(text, f, entries[4 * f + 2], entries[4 * f + 3]);
        }
        recordStart = -1;
    }

    /** Whether the open record's keys are the open table's. */
    private boolean sameKeys(int count) {
        if (count != keyCount) {
            return false;
        }
        for (int f = 0; f < count; f++) {
            if (!Arrays.equals(text, keys[2 * f], keys[2 * f + 1], text, entries[4 * f], entries[4 * f + 1])) {
                return false;
            }
        }
        return true;
    }

    /** Ends the open table: judges it if it is long enough. */
    private void close() {
        if (keyCount > 0 && rows.rows() >= minRows) {
            rows.judge(text);
        }
        keyCount = 0;
    }
}
