package dev.nbexport.core.verify;

/**
 * Rows kept as string literals one a line ({@link LiteralLine}) read as records: the fields of
 * each literal, split at its delimiter, are its values by their place, as a tuple's items are
 * ({@link JsonRecords}), and its keys are its count of fields. A table of text
 * only ({@code "Ann Lee,Lyon,nurse",}) has no figure to be a row of {@link Tables}' delimited
 * reading; {@link RecordRun} tells whether its text reads as names. As for tuples, numbers do not
 * count here. A literal may have any number of fields.
 *
 * <p>It is fed the lines of a text one by one; any line that is not such a literal ends a run.
 */
final class LiteralRecords {

    private final RecordRun run;

    LiteralRecords(RecordRun run) {
        this.run = run;
    }

    /**
     * Reads the line {@code [from, to)}: {@code literal} holds its content when it is one literal, else
     * null; {@code delimiter} is the one that content holds most often outside double quotes, or 0.
     */
    void line(int from, int to, LiteralLine literal, char delimiter) {
        if (literal == null || delimiter == 0) {
            run.close();
            return;
        }
        run.record();
        run.ignoreNumbers();
        char[] content = literal.content();
        int length = literal.length();
        int fieldStart = 0;
        while (fieldStart <= length) {
            int a = fieldStart;
            int b = Tables.fieldEnd(content, fieldStart, length, delimiter);
            fieldStart = b + 1;
            while (a < b && (content[a] == ' ' || content[a] == '"')) {
                a++;
            }
            while (b > a && (content[b - 1] == ' ' || content[b - 1] == '"')) {
                b--;
            }
            run.item();
            run.value(content, a, b);
        }
        run.add(from, to, true);
    }

    /** Ends the run: the text is over. */
    void end() {
        run.close();
    }
}
