package dev.nbexport.core.verify;

import java.util.Arrays;

/**
 * One column of a run of records ({@link RecordRun}): how many of its values read as names, as
 * identifiers, as full names ({@link RecordValue}) or as logins made of the names beside them
 * ({@link Logins}), and how many of them differ, over the first {@value #SAMPLE} records; and whether
 * it holds values longer than a row's ({@link RecordValue#MAX_LENGTH}), and how many of those read as
 * prose ({@link FreeText}).
 */
final class RecordColumn {

    /** Records whose values are told apart: the first ones of a run. */
    static final int SAMPLE = 128;

    /** The open record's value, at {@code [from, to)} of {@code text}. */
    private final RecordValue value = new RecordValue();
    private char[] text;
    private int from;
    private int to;
    private long valueHash;
    /** Whether the open record's value is a login made of the names in its other columns. */
    private boolean login;
    /** Whether the open record's value is long, and if so whether it reads as prose. */
    private boolean longValue;
    private boolean prose;
    private int longValues;
    private int proseValues;
    private int logins;
    private int names;
    private int identifiers;
    private int fullNames;
    private int coded;
    private int labels;
    private int numbers;
    /** Whether the open record's value is a number. */
    private boolean number;
    private int words;
    private long[] hashes;
    private long[] firstWords;
    private long[] lastWords;

    /** A record starts: it has no value in this column yet. */
    void clear() {
        value.clear();
        valueHash = 0;
        login = false;
        longValue = false;
        prose = false;
        number = false;
    }

    /** The open record's value is {@code [from, to)}, written as it reads. */
    void read(char[] text, int from, int to) {
        read(text, from, to, to - from);
    }

    /**
     * The open record's value is {@code [from, to)}, written in {@code writtenLength} characters: its
     * quotes count in its length, as a row's value is judged short.
     */
    void read(char[] text, int from, int to, int writtenLength) {
        longValue = writtenLength > RecordValue.MAX_LENGTH;
        prose = longValue && FreeText.isProse(text, from, to);
        valueHash = RecordRun.extendHash(0, text, from, to);
        value.read(text, from, to);
        number = !longValue && from < to && Tables.isNumber(text, from, to);
        this.text = text;
        this.from = from;
        this.to = to;
    }

    /** Whether the open record's value may be a login: one word of code's characters. */
    boolean mayBeLogin(Logins logins) {
        return value.kind == RecordValue.IDENTIFIER && logins.login(text, from, to);
    }

    /** Whether the open record's value is one capitalised word: a first or a last name on its own. */
    boolean isNameWord() {
        return value.kind == RecordValue.NAME && value.words == 1;
    }

    /** Whether the open record's value is a full name written as names are ({@code Ann Lee}). */
    boolean isFullName() {
        return value.kind == RecordValue.NAME && value.fullName;
    }

    /** Whether the login {@code logins} read last is made of this value and {@code last}'s, both {@link #isNameWord}. */
    boolean madeOf(Logins logins, RecordColumn last) {
        return logins.madeOf(text, from, to, last.from, last.to, false);
    }

    /** Whether the login {@code logins} read last is made of this {@link #isFullName}'s first and last words, one cut to its initial. */
    boolean madeOfFullName(Logins logins) {
        int firstEnd = from;
        while (firstEnd < to && text[firstEnd] != ' ') {
            firstEnd++;
        }
        int lastStart = to;
        while (lastStart > from && text[lastStart - 1] != ' ') {
            lastStart--;
        }
        // A name whose words part at an escape ({@code Ann\u0020Lee}) has no space to cut at: not judged.
        return firstEnd < to && logins.madeOf(text, from, firstEnd, lastStart, to, true);
    }

    /** The open record's value is a login made of the names in its other columns. */
    void markLogin() {
        login = true;
    }

    /** A run starts. */
    void reset() {
        names = 0;
        identifiers = 0;
        fullNames = 0;
        coded = 0;
        labels = 0;
        numbers = 0;
        words = 0;
        logins = 0;
        longValues = 0;
        proseValues = 0;
    }

    /** Adds the open record's value to the run, as its record number {@code record} (from 0). */
    void add(int record) {
        names += value.kind == RecordValue.NAME ? 1 : 0;
        identifiers += value.kind == RecordValue.IDENTIFIER ? 1 : 0;
        fullNames += value.fullName ? 1 : 0;
        coded += value.coded ? 1 : 0;
        labels += value.label ? 1 : 0;
        numbers += number ? 1 : 0;
        words += value.kind == RecordValue.NAME && value.words == 1 || value.kind == RecordValue.IDENTIFIER && !value.coded ? 1 : 0;
        logins += login ? 1 : 0;
        longValues += longValue ? 1 : 0;
        proseValues += prose ? 1 : 0;
        if (record < SAMPLE) {
            if (hashes == null) {
                hashes = new long[SAMPLE];
                firstWords = new long[SAMPLE];
                lastWords = new long[SAMPLE];
            }
            hashes[record] = valueHash;
            firstWords[record] = value.firstWord;
            lastWords[record] = value.lastWord;
        }
    }

    /** Whether it holds no value longer than a row's. */
    boolean isShort() {
        return longValues == 0;
    }

    /** Whether it holds long values, 9 in 10 of them prose: free text such as a note or an address, not a command, a path or a URL. */
    boolean isFreeText() {
        return longValues > 0 && 10 * proseValues >= 9 * longValues;
    }

    /** Whether every value is an identifier and no two are alike: the keys of messages, options, a frame's columns. */
    boolean keys(int records) {
        return identifiers == records && distinct(hashes, records) == Math.min(records, SAMPLE);
    }

    /** Whether every value is a {@linkplain RecordValue#label label} written in lower case: a model's, a feature's, a setting's name. */
    boolean labels(int records) {
        return labels == records;
    }

    /** Whether every value is a number. */
    boolean numbers(int records) {
        return numbers == records;
    }

    /** The hash of record {@code record}'s value, one of the sampled ones. */
    long hash(int record) {
        return hashes[record];
    }

    /** Whether it holds {@link #keys}, some of them written as code alone writes them ({@code max_workers}, {@code --dry-run}). */
    boolean codeKeys(int records) {
        return coded > 0 && keys(records);
    }

    /** Whether 9 in 10 values are logins made of the names beside them, and no two are alike: a list of people's accounts. */
    boolean logins(int records) {
        return 10 * logins >= 9 * records && distinct(hashes, records) == Math.min(records, SAMPLE);
    }

    /**
     * Whether 9 in 10 values are one word written as text is, a name or in lower case ({@code Gold},
     * {@code gold}), not as code writes its constants ({@code invalid_token}, {@code ARRAY_BUFFER}).
     */
    boolean words(int records) {
        return 10 * words >= 9 * records;
    }

    /** How many of the sampled values differ, when 9 in 10 of the {@code records} values read as names; else 0. */
    int distinctNames(int records) {
        return 10 * names >= 9 * records ? distinct(hashes, records) : 0;
    }

    /**
     * Whether 9 in 10 values are full names, 9 in 10 of them distinct, whose first words and whose
     * last words each differ from record to record (3 in 4 distinct), as a list of people's do.
     * Labels, descriptions and titles written as names repeat their words ({@code First Name},
     * {@code Last Name}, {@code Signup Date}; {@code Run Unit Tests}, {@code Run Linters}) or
     * themselves.
     *
     * <p>Generated people draw their first names from a few: then the last words must differ all the
     * more (9 in 10), no first word may stand in more than a third of the values (a label's verb
     * does: {@code Get Users}, {@code Get Orders}), and none may be a last word too, as a label's
     * nouns and verbs change places ({@code Build Docs}, {@code Docs Build}).
     */
    boolean fullNames(int records) {
        int sample = Math.min(records, SAMPLE);
        if (10 * fullNames < 9 * records || 10 * distinct(hashes, records) < 9 * sample) {
            return false;
        }
        long[] first = sorted(firstWords, records);
        long[] last = sorted(lastWords, records);
        if (4 * distinct(first) >= 3 * sample && 4 * distinct(last) >= 3 * sample) {
            return true;
        }
        return 10 * distinct(last) >= 9 * sample && 3 * longestRun(first) <= sample && disjoint(first, last);
    }

    /**
     * Whether the last words of 9 in 10 of the sampled values differ, as people's family names do; a
     * list of places or titles repeats its last words ({@code Kansas City}, {@code Panama City};
     * {@code User Guide}, {@code Admin Guide}).
     */
    boolean lastWordsDiffer(int records) {
        return 10 * distinct(lastWords, records) >= 9 * Math.min(records, SAMPLE);
    }

    /** How many of the first {@code records} values (at most the sampled ones) differ. */
    static int distinct(long[] values, int records) {
        return distinct(sorted(values, records));
    }

    /** The first {@code records} values (at most the sampled ones), sorted. */
    private static long[] sorted(long[] values, int records) {
        long[] sorted = Arrays.copyOf(values, Math.min(records, SAMPLE));
        Arrays.sort(sorted);
        return sorted;
    }

    private static int distinct(long[] sorted) {
        int distinct = sorted.length > 0 ? 1 : 0;
        for (int i = 1; i < sorted.length; i++) {
            distinct += sorted[i] != sorted[i - 1] ? 1 : 0;
        }
        return distinct;
    }

    /** How many times the commonest value of {@code sorted} stands in it. */
    private static int longestRun(long[] sorted) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < sorted.length; i++) {
            run = i > 0 && sorted[i] == sorted[i - 1] ? run + 1 : 1;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** Whether the sorted {@code a} and {@code b} share no value. */
    private static boolean disjoint(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return false;
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return true;
    }
}
