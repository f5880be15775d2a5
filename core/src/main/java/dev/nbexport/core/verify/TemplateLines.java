package dev.nbexport.core.verify;

import java.util.Arrays;
import java.util.List;

/**
 * Records written one a line, all of one template: the lines a loop printed and that were pasted
 * ({@code 100231: Ann Lee - 3258.16 EUR (since 2023-03-13)}), a log of one line a customer, a
 * markdown list ({@code - Ann Lee (#100231) joined on 2023-03-13 and owes 3258.16 EUR}); and code
 * written once a record, its values typed in as literals ({@code df.loc[df.id == 100231, 'name'] =
 * "Ann Lee"}, {@code ws.append([100231, "Ann Lee", 3258.16])}). Lines of one template
 * ({@link LineTemplate} for free text, {@link LiteralTemplate} for code), {@code minRows} or more in
 * a row, are records whose items are the fields that differ from line to line (a field of one
 * value, a log's level, a currency or a column's name, is the template's), judged as records are
 * ({@link RecordRun}): names that vary as people's do, or, in free text, numbers beside text that go
 * up and down (an index, ids or times in order count for none).
 *
 * <p>Prose, lists of links, changelogs, commit logs and help texts differ from line to line in
 * their words in lower case and their identifiers, which the template keeps; code one a line
 * (asserts, logging calls, generated tables) calls, assigns or ends as a list's item does, and is no
 * free-text line. Code's own runs of one template (options, registrations, settings, tests of a
 * function, unit conversions) pair numbers with keys, labels and messages: in code only names count.
 */
final class TemplateLines {

    private final char[] text;
    private final int minRows;
    private final List<int[]> found;
    private final LineFields line;
    /** Whether numbers beside text count ({@link RecordRun#isTableOfMeasures}), or only names do. */
    private final boolean measures;
    /** The open run: its template, the start of its first line and of each sampled line, how many lines. */
    private long skeleton;
    private final int[] starts = new int[RecordColumn.SAMPLE];
    private int count;
    private int runStart;
    private int runEnd;
    private RecordRun rows;
    private ColumnNumbers numbers;

    private TemplateLines(char[] text, int minRows, List<int[]> found, LineFields line, boolean measures) {
        this.text = text;
        this.line = line;
        this.measures = measures;
        this.minRows = minRows;
        this.found = found;
    }

    static void find(TextScanner.Scan scan, int minRows, List<int[]> found) {
        if (scan.hasLines(minRows)) {
            new TemplateLines(scan.chars, minRows, found, new LineTemplate(), true).read();
            new TemplateLines(scan.chars, minRows, found, new LiteralTemplate(), false).read();
        }
    }

    private void read() {
        int start = 0;
        while (start < text.length) {
            int end = Scalars.lineEnd(text, start, text.length);
            if (!line.read(text, start, end)) {
                close();
            } else {
                if (count > 0 && line.skeleton != skeleton) {
                    close();
                }
                if (count == 0) {
                    skeleton = line.skeleton;
                    runStart = start;
                }
                if (count < starts.length) {
                    starts[count] = start;
                }
                count++;
                runEnd = end;
            }
            start = end + 1;
        }
        close();
    }

    /** Ends the run: judges it if it is long enough, then forgets it. */
    private void close() {
        if (count >= minRows) {
            judge();
        }
        count = 0;
    }

    /** Reads the run's sampled lines as records of their varying fields, and reports the run if they are a table. */
    private void judge() {
        int sampled = Math.min(count, starts.length);
        int fields = Math.min(fieldsAt(0), RecordRun.COLUMNS);
        boolean[] varies = new boolean[fields];
        int[][] first = new int[fields][];
        for (int r = 0; r < sampled; r++) {
            fieldsAt(r);
            for (int c = 0; c < fields; c++) {
                if (r == 0) {
                    first[c] = new int[] {line.from[c], line.to[c]};
                } else {
                    varies[c] |= !Arrays.equals(text, first[c][0], first[c][1], text, line.from[c], line.to[c]);
                }
            }
        }
        int judged = 0;
        for (boolean v : varies) {
            judged += v ? 1 : 0;
        }
        if (judged < 2) {
            return;
        }
        if (rows == null) {
            rows = new RecordRun(minRows, found);
            numbers = new ColumnNumbers();
        }
        rows.discard();
        numbers.reset();
        for (int r = 0; r < sampled; r++) {
            fieldsAt(r);
            readRecord(varies, r > 0);
        }
        boolean table = measures ? rows.isTableOfMeasures(numbers, sampled, judged) : rows.isTable(0);
        rows.discard();
        if (table) {
            found.add(new int[] {runStart, runEnd, 0, 0, count});
        }
    }

    /** Reads the sampled line {@code r} again; its count of fields. */
    private int fieldsAt(int r) {
        line.read(text, starts[r], Scalars.lineEnd(text, starts[r], text.length));
        return line.fields;
    }

    /** Reads the line read last as a record of its varying fields; its numbers count only beside a word of text. */
    private void readRecord(boolean[] varies, boolean adjacent) {
        boolean holdsText = false;
        for (int c = 0; c < varies.length; c++) {
            holdsText |= varies[c] && line.kind[c] != LineFields.NUMBER && holdsWord(line.from[c], line.to[c]);
        }
        rows.record();
        int column = 0;
        for (int c = 0; c < varies.length; c++) {
            if (!varies[c]) {
                continue;
            }
            rows.item();
            // A number's sign is no part of how it reads: -4.59 is no option written as code (--dry-run).
            boolean signed = line.kind[c] == LineFields.NUMBER && (text[line.from[c]] == '-' || text[line.from[c]] == '+');
            rows.value(text, signed ? line.from[c] + 1 : line.from[c], line.to[c]);
            if (line.kind[c] == LineFields.NUMBER && Tables.isNumber(text, line.from[c], line.to[c])) {
                numbers.number(column, text, line.from[c], line.to[c], holdsText);
            }
            column++;
        }
        rows.add(line.from[0], line.to[0], adjacent);
    }

    /** Whether {@code [from, to)} holds a word: two letters side by side, one in lower case. */
    private boolean holdsWord(int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (Character.isLetter(text[k]) && Character.isLowerCase(text[k + 1])) {
                return true;
            }
        }
        return false;
    }
}
