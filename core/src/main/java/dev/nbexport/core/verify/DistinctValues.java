package dev.nbexport.core.verify;

import java.util.HashSet;
import java.util.Set;

/**
 * The distinct values of one kind of personal data (e-mail addresses, IBANs, card numbers, national
 * ids) found in one text, and the span from the first to the last: ten or more people's are a list
 * of them, which the {@code -list} rules report once, over that span, so that its hash changes when
 * a value is added, removed or changed and an acceptance of the reviewed list no longer holds.
 */
final class DistinctValues {

    private final Set<String> values = new HashSet<>();
    private int first = -1;
    private int last = -1;

    /** Counts {@code value}, found at {@code start} to {@code end}; a value seen before counts once. */
    void add(String value, int start, int end) {
        values.add(value);
        first = first < 0 ? start : first;
        last = end;
    }

    /** Reports {@code rule} over the span when {@code minCount} or more values are distinct: "a list of 12 distinct IBANs". */
    void reportList(TextScanner.Scan scan, Rule rule, int minCount, String plural) {
        if (values.size() >= minCount) {
            scan.add(rule, first, last, "a list of " + values.size() + " distinct " + plural);
        }
    }
}
