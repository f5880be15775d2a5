package dev.nbexport.core.known;

import java.util.Arrays;

/**
 * The values of one column of a data file, as hashes, and the judgement whether the column
 * identifies people: one whose values are nearly all distinct (names, ids, e-mails, phone numbers,
 * IBANs, addresses), not one whose values repeat (a city, a segment, yes or no, a date of a few
 * hundred days). Of such a column, the values of an identifying shape ({@link ValueShape}) that occur
 * at most twice are known data: one repeated more often is a placeholder ({@code not known}), not a
 * person.
 */
final class ColumnValues {

    /** Fewest values from which a column's distinctness says anything: ten cities drawn from a short list repeat. */
    static final int MIN_VALUES = 10;
    /** The share of distinct values that makes a column identifying. */
    static final double MIN_DISTINCT = 0.9;
    private static final int MAX_OCCURRENCES = 2;

    private static final long[] NONE = {};
    /** What a column too short to identify anyone is settled to: it holds nothing, whatever it was given. */
    private static final ColumnValues TOO_SHORT = new ColumnValues();

    // Grown as values come: a hostile workbook spreads its values one a column over thousands of sheets.
    private long[] all = NONE;
    private int count;
    private long[] keptHashes = NONE;
    private long[] keptMatchHashes = NONE;
    private long[] keptFirstWords = NONE;
    private int kept;
    private int lengths;
    private int longest;

    void add(ValueShape value) {
        if (count == all.length) {
            all = Arrays.copyOf(all, Math.max(8, count * 2));
        }
        all[count++] = value.hash();
        if (value.identifying()) {
            if (kept == keptHashes.length) {
                int capacity = Math.max(8, kept * 2);
                keptHashes = Arrays.copyOf(keptHashes, capacity);
                keptMatchHashes = Arrays.copyOf(keptMatchHashes, capacity);
                keptFirstWords = Arrays.copyOf(keptFirstWords, capacity);
            }
            keptHashes[kept] = value.hash();
            keptFirstWords[kept] = value.firstWord();
            keptMatchHashes[kept++] = value.matchHash();
            int words = Math.min(value.words(), ValueShape.MATCH_WORDS);
            lengths |= 1 << words;
            longest = Math.max(longest, words);
        }
    }

    /**
     * This column once its table is read, or, when it has too few values to identify anyone, one
     * shared column that holds none: a table's columns are kept until every table of its file is read.
     */
    ColumnValues settled() {
        return count < MIN_VALUES ? TOO_SHORT : this;
    }

    /** Whether the column identifies people: enough values, nearly all distinct. */
    boolean identifies() {
        if (count < MIN_VALUES) {
            return false;
        }
        Arrays.sort(all, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            distinct += i == 0 || all[i] != all[i - 1] ? 1 : 0;
        }
        return distinct >= MIN_DISTINCT * count;
    }

    /**
     * The values to search texts for, as pairs of hashes (the value's, then its first word's): the
     * identifying values occurring at most twice. Call after {@link #identifies}.
     */
    long[] known() {
        long[] out = new long[kept * 2];
        int n = 0;
        for (int i = 0; i < kept; i++) {
            if (occurrences(keptHashes[i]) <= MAX_OCCURRENCES) {
                out[n++] = keptMatchHashes[i];
                out[n++] = keptFirstWords[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Which counts of words (at most {@link ValueShape#MATCH_WORDS}) the identifying values have, one bit each. */
    int lengths() {
        return lengths;
    }

    /** The most words of an identifying value, at most {@link ValueShape#MATCH_WORDS}. */
    int longest() {
        return longest;
    }

    private int occurrences(long hash) {
        int at = Arrays.binarySearch(all, 0, count, hash);
        if (at < 0) {
            return 0;
        }
        int from = at;
        while (from > 0 && all[from - 1] == hash) {
            from--;
        }
        int to = at;
        while (to + 1 < count && all[to + 1] == hash) {
            to++;
        }
        return to - from + 1;
    }
}
