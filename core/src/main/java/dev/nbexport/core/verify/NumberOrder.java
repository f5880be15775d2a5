package dev.nbexport.core.verify;

/**
 * Whether the numbers of a column, read one after the other, are in order, ascending or descending
 * (all alike included): an index, the bounds of ranges, the keys of a lookup table. Such numbers
 * measure nothing; a table's measures (ages, amounts, readings) go up and down.
 */
final class NumberOrder {

    private boolean ascending;
    private boolean descending;
    private double last;
    private int count;

    NumberOrder() {
        reset();
    }

    void reset() {
        ascending = true;
        descending = true;
        count = 0;
    }

    /** Reads the number at {@code [from, to)} of {@code text}, one {@link Tables#isNumber} takes. */
    void add(char[] text, int from, int to) {
        double value = Scalars.value(text, from, to);
        ascending &= count == 0 || value >= last;
        descending &= count == 0 || value <= last;
        last = value;
        count++;
    }

    /** How many numbers were read. */
    int count() {
        return count;
    }

    /** Whether {@code values} numbers were read, all of the column's values, and they are in order. */
    boolean ordered(int values) {
        return count == values && (ascending || descending);
    }
}
