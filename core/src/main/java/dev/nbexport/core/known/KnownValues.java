package dev.nbexport.core.known;

import java.util.List;

/**
 * Values of the data that stays home, which no text that leaves may hold: the identifying values of
 * the site's data files, kept as 64-bit hashes of their words (never as strings), each with the file
 * and column it came from. {@link #find} searches a text for them in one pass. Made by
 * {@link KnownDataReader}; immutable and thread-safe once made.
 */
public final class KnownValues {

    /** No known data: a text is never searched. */
    public static final KnownValues NONE = new KnownValues(new HashSet64(), new long[1], List.of(), 0, 0, "no known data", false);

    private final HashSet64 hashes;
    private final List<Origin> origins;
    /** Which counts of words the values have, one bit each (bit 1: one word). */
    private final int lengths;
    private final int longest;
    private final String summary;
    private final boolean incomplete;
    /** The hashes of the values' first words, one bit each: a text's word that starts none is passed over. */
    private final long[] firstWords;

    /**
     * Where values came from: the data file as reports name it, a workbook's sheet (its name, or its
     * number; null for a delimited file), and its column (a header's name, or its number).
     */
    public record Origin(String file, String sheet, String column) {
    }

    KnownValues(HashSet64 hashes, long[] firstWords, List<Origin> origins, int lengths, int longest, String summary,
            boolean incomplete) {
        this.incomplete = incomplete;
        this.hashes = hashes;
        this.firstWords = firstWords;
        this.origins = List.copyOf(origins);
        this.lengths = lengths;
        this.longest = longest;
        this.summary = summary;
    }

    public boolean isEmpty() {
        return hashes.size() == 0;
    }

    /**
     * Whether the summary is worth a line of its own: values are known, or a data file was not read
     * whole (a workbook protected by a password, a file cut at its bound), so the check knows less.
     */
    public boolean isWorthSaying() {
        return !isEmpty() || incomplete;
    }

    /** How many distinct values are known. */
    public int size() {
        return hashes.size();
    }

    /** What was read, in a line: {@code known data: 40 values from 1 file}, with what was left unread. Never a value. */
    public String summary() {
        return summary;
    }

    /**
     * Where in {@code text} known values are, or null when it holds none: the first and the last
     * found, how many distinct values, and from which files and columns.
     */
    public KnownMatch find(String text) {
        return isEmpty() || text.isEmpty() ? null : new KnownValueScanner(this).scan(text);
    }

    /** False when no value starts with the word of this hash. */
    boolean mayStartWith(long wordHash) {
        return FirstWords.contains(firstWords, wordHash);
    }

    int originOf(long hash) {
        return hashes.originOf(hash);
    }

    Origin origin(int index) {
        return origins.get(index);
    }

    boolean hasLength(int words) {
        return (lengths & 1 << words) != 0;
    }

    int longest() {
        return longest;
    }
}
