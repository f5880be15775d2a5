package dev.nbexport.core.verify;

import java.util.Arrays;
import java.util.BitSet;

/**
 * A flat literal list of scalars ({@link Scalars}) as code writes one, {@code [1, "a", None]},
 * {@code (1, 'a')} or R's {@code c(1, "a", NA)}, on one line or many; or the quoted keys or the values
 * of a flat mapping of scalars, {@code {"Ann Lee": 41.5, ...}}. Its items may also be hex numbers,
 * missing values and calls of scalars ({@link LiteralItem}). Read, it tells how many items it holds, how
 * many of them are numbers, text and missing, and where its first {@code sample} items are, as written or
 * quotes aside (a call of one scalar as that scalar).
 */
final class ScalarList {

    /** The fewest digits of an id ({@link #ids}): more than a year's, an HTTP status's or most codes'. */
    static final int ID_DIGITS = 5;

    private final char[] text;
    private final int sample;
    /** The first items' starts and ends as written, quotes included, {@code [from, to)} two by two, grown as they are read. */
    private int[] spans = new int[0];
    int start;
    int end;
    int items;
    int numbers;
    int texts;
    int missing;
    /** Which of the first items are missing values. */
    private final BitSet missingAt = new BitSet();
    private final LiteralItem item = new LiteralItem();
    /** Whether it is written on one line. */
    boolean oneLine;
    private final NumberOrder order = new NumberOrder();

    ScalarList(char[] text, int sample) {
        this.text = text;
        this.sample = sample;
    }

    /**
     * Reads the list opened at {@code open} (its bracket or parenthesis) and closed by {@code close},
     * that starts at {@code start} ({@code c} of {@code c(}, else {@code open}); whether it is a flat
     * list of scalars.
     */
    boolean read(int start, int open, char close) {
        begin(start, open);
        int k = space(open + 1);
        while (k < text.length && text[k] != close) {
            if (!item.read(text, k)) {
                return false;
            }
            add(item);
            k = separator(item.end, close);
            if (k < 0) {
                return false;
            }
        }
        return finish(k);
    }

    /**
     * Reads the mapping opened at {@code open}, each of its keys quoted or a number ({@code 0: ...},
     * as pandas' {@code to_dict()} writes an index) and given a scalar: its keys as this list's items,
     * its values as {@code values}'; whether it is one.
     */
    boolean readMapping(int open, ScalarList values) {
        begin(open, open);
        values.begin(open, open);
        int k = space(open + 1);
        while (k < text.length && text[k] != '}') {
            int keyEnd = Scalars.isQuote(text[k]) ? Scalars.stringEnd(text, k, RecordValue.MAX_LENGTH + 2) : numberEnd(k);
            if (keyEnd < 0) {
                return false;
            }
            add(k, keyEnd, false);
            k = space(keyEnd);
            if (k >= text.length || text[k] != ':') {
                return false;
            }
            if (!item.read(text, space(k + 1))) {
                return false;
            }
            values.add(item);
            k = separator(item.end, '}');
            if (k < 0) {
                return false;
            }
        }
        return finish(k) && values.finish(k);
    }

    /** The end of the number written at {@code at}, or -1 if none is. */
    private int numberEnd(int at) {
        int end = Scalars.end(text, at);
        return end > at && Tables.isNumber(text, at, end) ? end : -1;
    }

    /**
     * Whether its sampled items are ids, as a customer's or an order's number is written: integers
     * of one width, {@value #ID_DIGITS} digits or more, quoted or not, no two alike. The codes code
     * keys its tables by (HTTP statuses, error codes, an enum's values, characters) are small
     * numbers, numbers of mixed widths or hex numbers.
     */
    boolean ids() {
        int width = items == 0 ? 0 : to(0) - from(0);
        if (width < ID_DIGITS) {
            return false;
        }
        long[] hashes = new long[sampled()];
        for (int item = 0; item < hashes.length; item++) {
            int from = from(item);
            if (to(item) - from != width || !digits(from, to(item))) {
                return false;
            }
            hashes[item] = RecordRun.extendHash(0, text, from, to(item));
        }
        return RecordColumn.distinct(hashes, hashes.length) == hashes.length;
    }

    /** Whether {@code [from, to)} is digits alone. */
    private boolean digits(int from, int to) {
        for (int k = from; k < to; k++) {
            if (text[k] < '0' || text[k] > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether it is numbers in order ({@link NumberOrder}), missing values aside. */
    boolean ordered() {
        return order.ordered(items - missing);
    }

    /** How many items' places are kept: the first {@code sample}. */
    int sampled() {
        return Math.min(items, sample);
    }

    /** Where item {@code item} (one of the {@link #sampled} ones) starts as written, its opening quote included. */
    int writtenFrom(int item) {
        return spans[2 * item];
    }

    /** Where item {@code item} ends as written, its closing quote included. */
    int writtenTo(int item) {
        return spans[2 * item + 1];
    }

    /** Where item {@code item} (one of the {@link #sampled} ones) starts, after its opening quote. */
    int from(int item) {
        int at = writtenFrom(item);
        return Scalars.isQuote(text[at]) ? at + 1 : at;
    }

    /** Where item {@code item} ends, before its closing quote. */
    int to(int item) {
        int end = writtenTo(item);
        return Scalars.isQuote(text[writtenFrom(item)]) ? end - 1 : end;
    }

    /** Whether item {@code item} is a number, quoted or not. */
    boolean isNumber(int item) {
        return Tables.isNumber(text, from(item), to(item));
    }

    /** Whether item {@code item} is a missing value ({@link LiteralItem}). */
    boolean isMissing(int item) {
        return missingAt.get(item);
    }

    /** Whether item {@code item} is a number, or a missing one: a missing value among numbers alone. */
    boolean isMeasure(int item) {
        return isNumber(item) || isMissing(item) && numbers > 0 && numbers + missing == items;
    }

    private void begin(int start, int open) {
        this.start = start;
        this.end = open;
        items = 0;
        numbers = 0;
        texts = 0;
        missing = 0;
        missingAt.clear();
        oneLine = true;
        order.reset();
    }

    private boolean finish(int close) {
        if (close >= text.length || items == 0) {
            return false;
        }
        end = close + 1;
        return true;
    }

    private void add(LiteralItem read) {
        add(read.from, read.to, read.missing);
    }

    private void add(int at, int valueEnd, boolean isMissing) {
        boolean quoted = Scalars.isQuote(text[at]);
        int from = quoted ? at + 1 : at;
        int to = quoted ? valueEnd - 1 : valueEnd;
        if (isMissing) {
            missing++;
            if (items < sample) {
                missingAt.set(items);
            }
        } else if (Tables.isNumber(text, from, to)) {
            order.add(text, from, to);
            numbers++;
        } else {
            texts += quoted ? 1 : 0;
        }
        if (items < sample) {
            if (2 * items == spans.length) {
                // Counted in longs: the sample is at least the policy's fewest rows, which may be near the largest int.
                spans = Arrays.copyOf(spans, (int) Math.min(2L * sample, Math.max(32, 2L * spans.length)));
            }
            spans[2 * items] = at;
            spans[2 * items + 1] = valueEnd;
        }
        items++;
    }

    /** After an item ending at {@code at}: where the next one or the {@code close} starts, past a comma; -1 if neither follows. */
    private int separator(int at, char close) {
        int k = space(at);
        if (k < text.length && text[k] == ',') {
            return space(k + 1);
        }
        return k < text.length && text[k] == close ? k : -1;
    }

    private int space(int from) {
        int k = Scalars.space(text, from);
        for (int i = from; i < k && oneLine; i++) {
            oneLine = text[i] != '\n';
        }
        return k;
    }
}
