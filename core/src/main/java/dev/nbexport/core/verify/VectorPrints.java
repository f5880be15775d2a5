package dev.nbexport.core.verify;

import java.util.Arrays;
import java.util.List;

/**
 * R's print of a vector, as the console, knitr ({@code ## }) and reprex ({@code #> }) show it: its
 * items parted by spaces, a line's first item's index before them in brackets
 * ({@code #> [13] "Maya Kowalski"   "Nils Dubois"}). The indices tell which lines continue a vector
 * (the next line's is the last one's plus its items) and where a new one starts ({@code [1]}).
 *
 * <p>A factor, or text printed without quotes, pads its items to one width ({@code [1] Ann Lee
 * Bob Ray}), so an item may hold spaces: such a line is cut into as many items as the next line's
 * index tells, at the width that parts them all where a space stands before an item, and the last
 * line at the width its vector's other lines have.
 *
 * <p>A vector of {@code minRows} items or more is a table when it is people's full names
 * ({@link RecordColumn#fullNames}), as a list of them written in code is ({@link ColumnTables}).
 * Vectors of as many items printed one after another ({@code cust$name}, then {@code cust$amount})
 * are the columns of one table, its rows read across them and judged as printed rows are
 * ({@link PrintedRows}): a plot's {@code x} and {@code y}, numbers alone, are none.
 */
final class VectorPrints {

    /** The first item's index as R prints it, {@code [1]}. */
    private static final Keyword FIRST_INDEX = Keyword.of("1]");

    /** The items kept of a vector: those a column's values are told apart by, and one more. */
    private static final int KEPT = RecordColumn.SAMPLE + 1;

    private final char[] text;
    private final int minRows;
    private final List<int[]> found;
    /** The vectors of the open group, each its items' {@code [from, to)} pairs, and their items. */
    private final int[][] vectors = new int[RecordRun.COLUMNS][2 * KEPT];
    private final int[] items = new int[RecordRun.COLUMNS];
    private int count;
    private int groupStart;
    private int groupEnd;
    /** Where the open vector's first line starts and its last line ends. */
    private int vectorStart;
    private int vectorEnd;
    /** Whether a vector is open, and the index its next line must start with. */
    private boolean open;
    private int nextIndex;
    /** The open vector's line of unquoted text that waits for the next line's index to be cut into items, if any. */
    private boolean pending;
    private int pendingFrom;
    private int pendingTo;
    private int pendingIndex;
    /** The width the open vector's unquoted items are padded to, once a line told it; else -1. */
    private int width;
    private final RecordColumn names = new RecordColumn();
    private PrintedRows rows;

    private VectorPrints(char[] text, int minRows, List<int[]> found) {
        this.text = text;
        this.minRows = minRows;
        this.found = found;
    }

    static void find(TextScanner.Scan scan, int minRows, List<int[]> found) {
        if (scan.mayContain(FIRST_INDEX)) {
            new VectorPrints(scan.chars, minRows, found).read();
        }
    }

    private void read() {
        int start = 0;
        while (start < text.length) {
            int end = Scalars.lineEnd(text, start, text.length);
            int next = end < text.length ? end + 1 : end;
            end = Scalars.contentEnd(text, start, end);
            line(start, end);
            start = next;
        }
        endPending(-1);
        endVector();
        judge();
    }

    /** Reads the line at {@code [start, end)}: a vector's first line, the next line of the open one, or neither. */
    private void line(int start, int end) {
        int k = start;
        while (k < end && text[k] == ' ') {
            k++;
        }
        if (k + 1 < end && (text[k] == '#' && (text[k + 1] == '>' || text[k + 1] == '#'))) {
            k += 2;
            while (k < end && text[k] == ' ') {
                k++;
            }
        }
        int index = index(k, end);
        if (pending) {
            endPending(index);
        }
        if (index < 0 || index != (open ? nextIndex : 1)) {
            endVector();
        }
        if (index == 1 && !open) {
            startVector(start);
        }
        if (index < 0 || !open) {
            return;
        }
        k = indexEnd(k);
        if (k + 1 < end && Character.isLetter(text[k + 1])) {
            pending = true;
            pendingFrom = k + 1;
            pendingTo = end;
            pendingIndex = index;
            vectorEnd = end;
            return;
        }
        int read = items(k, end);
        if (read < 0) {
            open = false;
            items[count] = 0;
            return;
        }
        nextIndex += read;
        vectorEnd = end;
    }

    /** The index at {@code [k, end)}, {@code [1]} or {@code [ 13]}, or -1. */
    private int index(int k, int end) {
        if (k >= end || text[k] != '[') {
            return -1;
        }
        k++;
        while (k < end && text[k] == ' ') {
            k++;
        }
        int index = 0;
        int digits = 0;
        while (k < end && Character.isDigit(text[k]) && digits < 9) {
            index = 10 * index + (text[k++] - '0');
            digits++;
        }
        return digits > 0 && k + 1 < end && text[k] == ']' && text[k + 1] == ' ' ? index : -1;
    }

    private int indexEnd(int k) {
        while (text[k] != ']') {
            k++;
        }
        return k + 1;
    }

    /** Adds the items at {@code [k, end)} to the open vector, and says how many; -1 if they are none a print shows. */
    private int items(int k, int end) {
        int read = 0;
        int[] vector = vectors[count];
        while (k < end) {
            if (text[k] == ' ') {
                k++;
                continue;
            }
            int from = k;
            if (text[k] == '"') {
                k++;
                while (k < end && text[k] != '"') {
                    k += text[k] == '\\' ? 2 : 1;
                }
                if (k >= end) {
                    return -1;
                }
                k++;
            } else {
                while (k < end && text[k] != ' ') {
                    k++;
                }
            }
            int item = items[count]++;
            if (item < KEPT) {
                vector[2 * item] = from;
                vector[2 * item + 1] = k;
            }
            read++;
        }
        return read > 0 ? read : -1;
    }

    /**
     * Cuts the pending line into items, as many as the next line's index {@code index} tells if it
     * goes on with the vector; else the line is the vector's last. A line that cannot be cut ends the
     * vector unread, as a line a print does not show does.
     */
    private void endPending(int index) {
        if (!pending) {
            return;
        }
        pending = false;
        boolean goesOn = index > pendingIndex;
        int count = goesOn ? index - pendingIndex : width > 0 ? (pendingTo - pendingFrom + width) / (width + 1) : -1;
        int at = count > 0 ? itemWidth(count) : -1;
        if (at < 0) {
            open = false;
            items[this.count] = 0;
            return;
        }
        width = count > 1 ? at : width;
        int[] vector = vectors[this.count];
        for (int i = 0; i < count; i++) {
            int from = pendingFrom + i * (at + 1);
            int to = Scalars.contentEnd(text, from, Math.min(from + at, pendingTo));
            int item = items[this.count]++;
            if (item < KEPT) {
                vector[2 * item] = from;
                vector[2 * item + 1] = to;
            }
        }
        nextIndex = pendingIndex + count;
    }

    /**
     * The width that cuts the pending line into {@code count} items, each starting after a space
     * and the last ending within it: the vector's width if known, else the narrowest that does; -1
     * if none does.
     */
    private int itemWidth(int count) {
        int length = pendingTo - pendingFrom;
        if (count == 1) {
            return width > 0 ? (length <= width ? width : -1) : length;
        }
        int from = width > 0 ? width : 1;
        int to = width > 0 ? width : length;
        for (int w = from; w <= to; w++) {
            if (cutsAt(count, w)) {
                return w;
            }
        }
        return -1;
    }

    private boolean cutsAt(int count, int width) {
        int last = pendingFrom + (count - 1) * (width + 1);
        if (last >= pendingTo || pendingTo - last > width) {
            return false;
        }
        for (int i = 1; i < count; i++) {
            int item = pendingFrom + i * (width + 1);
            if (text[item - 1] != ' ' || text[item] == ' ') {
                return false;
            }
        }
        return true;
    }

    private void startVector(int start) {
        if (count == vectors.length) {
            judge();
        }
        vectorStart = start;
        open = true;
        nextIndex = 1;
        width = -1;
        items[count] = 0;
    }

    /** Ends the open vector: one more column of the group if as long as its others, else it starts a group of its own. */
    private void endVector() {
        if (!open) {
            return;
        }
        open = false;
        int length = items[count];
        if (length < minRows) {
            judge();
            return;
        }
        if (count > 0 && length != items[0]) {
            int current = count;
            int[] vector = vectors[current];
            judge();
            vectors[current] = vectors[0];
            vectors[0] = vector;
            items[0] = length;
        }
        if (count == 0) {
            groupStart = vectorStart;
        }
        groupEnd = vectorEnd;
        count++;
    }

    /** Judges the group of vectors read, then forgets it. */
    private void judge() {
        int columns = count;
        count = 0;
        if (columns == 0) {
            return;
        }
        int length = items[0];
        int sampled = Math.min(length, RecordColumn.SAMPLE);
        for (int v = 0; v < columns; v++) {
            names.reset();
            for (int item = 0; item < sampled; item++) {
                names.clear();
                names.read(text, unquotedFrom(v, item), unquotedTo(v, item));
                names.add(item);
            }
            if (names.fullNames(length)) {
                found.add(new int[] {groupStart, groupEnd, length, 0, 0});
                return;
            }
        }
        if (columns < 2) {
            return;
        }
        if (rows == null) {
            rows = new PrintedRows(minRows, found);
        }
        rows.start(columns);
        for (int item = 0; item < length; item++) {
            rows.row(groupStart, groupEnd);
            for (int v = 0; item < KEPT && v < columns; v++) {
                rows.cell(text, v, vectors[v][2 * item], vectors[v][2 * item + 1]);
            }
        }
        rows.judge(text);
    }

    private int unquotedFrom(int vector, int item) {
        int from = vectors[vector][2 * item];
        return text[from] == '"' ? from + 1 : from;
    }

    private int unquotedTo(int vector, int item) {
        int to = vectors[vector][2 * item + 1];
        return text[to - 1] == '"' && to - 1 > vectors[vector][2 * item] ? to - 1 : to;
    }
}
