package dev.nbexport.core.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A whole text kept on one line as a string literal, its line breaks written as {@code \n}: a CSV
 * read from {@code io.StringIO("id,name\n1001,Ann Lee\n...")}, JSON given to {@code json.loads}, a
 * constant of test data. Read as code, the literal is one line and no table; so a literal holding at
 * least as many {@code \n} escapes as a table has rows, less one, is decoded ({@code \n} and
 * {@code \r\n} as line breaks, {@code \t} as a tab, escaped quotes and backslashes as themselves)
 * and its content read by every reader of {@link Tables}; a table found there is reported as the
 * literal.
 *
 * <p>Literals open with a single or double quote or a backtick and close on the same line; a
 * literal with fewer escapes than that is passed over after one look at each character.
 */
final class EscapedTexts {

    private static final Keyword LINE_BREAK_ESCAPE = Keyword.of("\\n");

    private EscapedTexts() {
    }

    static void find(TextScanner.Scan scan, int minRows, List<int[]> found) {
        if (!scan.mayContain(LINE_BREAK_ESCAPE) || !holdsAtLeast(scan.text, "\\n", minRows - 1)) {
            return;
        }
        char[] text = scan.chars;
        int k = 0;
        while (k < text.length) {
            char c = text[k];
            if (c != '"' && c != '\'' && c != '`') {
                k++;
                continue;
            }
            int close = k + 1;
            int breaks = 0;
            while (close < text.length && text[close] != c && text[close] != '\n') {
                if (text[close] == '\\' && close + 1 < text.length) {
                    if (text[close + 1] == 'n') {
                        breaks++;
                    }
                    close++;
                }
                close++;
            }
            if (close >= text.length || text[close] != c) {
                // Unclosed on its line: what follows is read afresh, as its quote may open the next literal.
                k = close;
                continue;
            }
            if (breaks >= minRows - 1) {
                Optional<int[]> table = table(decoded(text, k + 1, close), minRows);
                if (table.isPresent()) {
                    int[] inside = table.get();
                    found.add(new int[] {k, close + 1, inside[2], inside[3], inside[4]});
                }
            }
            k = close + 1;
        }
    }

    /** Whether {@code text} holds {@code count} or more of {@code piece}: most texts with a {@code \n} hold a few, in messages. */
    private static boolean holdsAtLeast(String text, String piece, int count) {
        int found = 0;
        for (int at = text.indexOf(piece); at >= 0 && found < count; at = text.indexOf(piece, at + piece.length())) {
            found++;
        }
        return found >= count;
    }

    /** The largest rows, numbers and records any reader finds in {@code content}, or empty when none finds a table. */
    private static Optional<int[]> table(String content, int minRows) {
        List<int[]> inside = new ArrayList<>();
        Tables.collect(new TextScanner.Scan(content), minRows, inside);
        if (inside.isEmpty()) {
            return Optional.empty();
        }
        int[] largest = new int[5];
        for (int[] table : inside) {
            for (int i = 2; i < 5; i++) {
                largest[i] = Math.max(largest[i], table[i]);
            }
        }
        return Optional.of(largest);
    }

    /** The literal's content {@code [from, to)} with its escapes read. */
    private static String decoded(char[] text, int from, int to) {
        StringBuilder content = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            char c = text[k];
            if (c != '\\' || k + 1 >= to) {
                content.append(c);
                continue;
            }
            char next = text[++k];
            switch (next) {
                case 'n' -> content.append('\n');
                case 't' -> content.append('\t');
                case 'r' -> {
                    // \r\n is one line break; a lone \r is one too.
                    if (!(k + 2 < to && text[k + 1] == '\\' && text[k + 2] == 'n')) {
                        content.append('\n');
                    }
                }
                case '"', '\'', '\\', '`' -> content.append(next);
                default -> content.append(c).append(next);
            }
        }
        return content.toString();
    }
}
