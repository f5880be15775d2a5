package dev.nbexport.core.verify;

import java.util.List;

/**
 * Consecutive records of the same keys (the rows of a list of dicts, or of a YAML list of
 * mappings), and whether they look like data rather than configuration: at least {@code minRows}
 * records of two keys or more, every value a short scalar ({@value #MAX_VALUE} characters at most),
 * and as many numbers as records. A list of steps, of environment variables or of options holds
 * names, commands and long texts, seldom a number in every record.
 */
final class RecordRun {

    private static final int MAX_VALUE = 40;

    private final int minRows;
    private final List<int[]> found;
    private long keys;
    private int records;
    private int numbers;
    private boolean shortValues;
    private int start;
    private int end;

    RecordRun(int minRows, List<int[]> found) {
        this.minRows = minRows;
        this.found = found;
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
        }
        if (keyCount < 2) {
            close();
            return;
        }
        records++;
        this.numbers += numbers;
        this.shortValues &= longestValue <= MAX_VALUE;
        this.end = end;
    }

    /** Ends the run: reports it if it is a table. */
    void close() {
        if (records >= minRows && shortValues && numbers >= records) {
            found.add(new int[] {start, end, 0, 0, records});
        }
        records = 0;
        numbers = 0;
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
