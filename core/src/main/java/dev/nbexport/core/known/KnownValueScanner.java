package dev.nbexport.core.known;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * One pass over one text for known values: each word read once, every sequence of 1 to
 * {@link KnownValues#longest} words ending at it whose first word starts some value hashed from the
 * words kept in a small ring, and looked up. Linear in the text: a word costs a bit's test, and the
 * rare word that starts a value at most {@link ValueShape#MATCH_WORDS} lookups in an array of hashes.
 */
final class KnownValueScanner {

    private static final int RING = ValueShape.MATCH_WORDS;

    private final KnownValues known;
    private final long[] ringHashes = new long[RING];
    private final int[] ringStarts = new int[RING];
    /** Whether the word in a slot starts some value (see {@link KnownValues#mayStartWith}). */
    private final boolean[] ringStartsValue = new boolean[RING];

    KnownValueScanner(KnownValues known) {
        this.known = known;
    }

    KnownMatch scan(String text) {
        Words words = new Words(text);
        int longest = known.longest();
        int read = 0;
        int first = Integer.MAX_VALUE;
        int last = -1;
        TreeSet<Long> found = null;
        TreeSet<Integer> origins = null;
        while (words.next()) {
            int slot = read % RING;
            ringHashes[slot] = words.hash;
            ringStarts[slot] = words.start;
            ringStartsValue[slot] = known.mayStartWith(words.hash);
            read++;
            // The sequences ending at this word, of each length some value has.
            for (int length = 1; length <= Math.min(longest, read); length++) {
                int from = (read - length) % RING;
                if (!ringStartsValue[from] || !known.hasLength(length)) {
                    continue;
                }
                long sequence = sequenceHash(read, length);
                int origin = known.originOf(sequence);
                if (origin >= 0) {
                    if (found == null) {
                        found = new TreeSet<>();
                        origins = new TreeSet<>();
                    }
                    found.add(sequence);
                    origins.add(origin);
                    first = Math.min(first, ringStarts[from]);
                    last = Math.max(last, words.stop);
                }
            }
        }
        if (found == null) {
            return null;
        }
        List<KnownValues.Origin> named = new ArrayList<>();
        for (int origin : origins) {
            named.add(known.origin(origin));
        }
        return new KnownMatch(first, last, found.size(), named);
    }

    /** The hash of the {@code length} words ending with the {@code read}-th, as {@link ValueShape} hashes a value. */
    private long sequenceHash(int read, int length) {
        long hash = Words.START;
        for (int i = read - length; i < read; i++) {
            hash = Words.append(hash, ringHashes[i % RING]);
        }
        return hash;
    }
}
