package dev.nbexport.core.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Part of the {@code credential} rule: passwords written down for people in documentation.
 *
 * <ul>
 * <li>A markdown table with a column headed {@code password} (or {@code pwd}, {@code passwd},
 * {@code passphrase}): each value in that column.</li>
 * <li>Prose: a value in backticks right after the word {@code password} ({@code password `...`},
 * {@code password: `...`}, {@code password is `...`}).</li>
 * </ul>
 *
 * <p>Documentation names passwords it does not give far more often than it gives them, and its
 * examples are words ({@code he//o}, {@code my-pvk-password}), so a value counts only when it looks
 * like a typed password ({@link TypedPasswords}) with a digit in it, and is no name
 * ({@link ShortPasswordNames#bareLiteral}); the word password must stand as a word of a sentence,
 * not of an option ({@code admin-password `...`}).
 */
final class DocumentedPasswords {

    private static final Keyword[] PASSWORD_WORDS = Keyword.all("pass", "pwd");
    /** What a table's rule holds: {@code ---} or {@code -|-}. */
    private static final Keyword[] TABLE_RULES = Keyword.all("--", "-|");
    private static final Keyword PASSWORD = Keyword.of("password");
    private static final Keyword CODE_OPENING = Keyword.of(" `");

    private static final Set<String> HEADINGS = Set.of("password", "passwd", "pwd", "passphrase", "passwort", "mot de passe");
    /** What may stand between the word password and its value in a sentence. */
    private static final String[] LINKS = {"", ":", " is", " is:", " =", " of"};

    private DocumentedPasswords() {
    }

    static void find(TextScanner.Scan scan) {
        if (!scan.mayContainAny(PASSWORD_WORDS)) {
            return;
        }
        if (scan.mayContainAny(TABLE_RULES)) {
            tables(scan);
        }
        if (scan.mayContain(PASSWORD) && scan.mayContain(CODE_OPENING)) {
            prose(scan);
        }
    }

    // ---------------------------------------------------------------- tables

    private static void tables(TextScanner.Scan scan) {
        String text = scan.text;
        int column = -1;
        boolean body = false;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int bar = text.indexOf('|', lineStart);
            if (bar < 0) {
                return;
            }
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            if (bar > lineEnd) {
                // no table on the lines before the next bar: they are passed over at once
                column = -1;
                body = false;
                lineStart = text.lastIndexOf('\n', bar) + 1;
                continue;
            }
            String line = text.substring(lineStart, lineEnd).strip();
            if (column >= 0 && !body) {
                body = isRule(line);
                column = body ? column : -1;
            } else if (body) {
                List<int[]> cells = cells(text, lineStart, lineEnd);
                if (column < cells.size()) {
                    int[] cell = cells.get(column);
                    String value = unquoted(text.substring(cell[0], cell[1]).strip());
                    if (password(value)) {
                        scan.add(Rule.CREDENTIAL, cell[0], cell[1], "a password in a documentation table");
                    }
                }
            } else {
                List<int[]> cells = cells(text, lineStart, lineEnd);
                for (int i = 0; i < cells.size(); i++) {
                    String heading = text.substring(cells.get(i)[0], cells.get(i)[1]).replace("*", "").replace("`", "")
                            .strip().toLowerCase(Locale.ROOT);
                    if (HEADINGS.contains(heading)) {
                        column = i;
                        break;
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    /** A table's rule under its head: {@code |---|:--:|}. */
    private static boolean isRule(String line) {
        boolean dash = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '-') {
                dash = true;
            } else if (c != '|' && c != ':' && c != ' ' && c != '\t') {
                return false;
            }
        }
        return dash;
    }

    /** The cells of a table's row between {@code |}s: where each starts and ends. */
    private static List<int[]> cells(String text, int from, int to) {
        List<int[]> cells = new ArrayList<>();
        int k = from;
        while (k < to && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        if (k < to && text.charAt(k) == '|') {
            k++;
        }
        int start = k;
        for (; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '|') {
                cells.add(new int[] {start, k});
                start = k + 1;
            }
        }
        if (text.substring(start, to).strip().length() > 0) {
            cells.add(new int[] {start, to});
        }
        return cells;
    }

    // ---------------------------------------------------------------- prose

    private static void prose(TextScanner.Scan scan) {
        String lower = scan.lower();
        String text = scan.text;
        for (int at = lower.indexOf("password"); at >= 0; at = lower.indexOf("password", at + 8)) {
            if (at > 0 && !Character.isWhitespace(text.charAt(at - 1)) && "*(>|".indexOf(text.charAt(at - 1)) < 0) {
                continue; // a word of a name or an option: admin-password, db_password
            }
            int after = at + 8;
            for (String link : LINKS) {
                if (!lower.startsWith(link, after) || !text.startsWith(" `", after + link.length())) {
                    continue;
                }
                int open = after + link.length() + 1;
                if (text.startsWith("``", open)) {
                    break;
                }
                int close = text.indexOf('`', open + 1);
                int line = text.indexOf('\n', open);
                if (close > open + 1 && (line < 0 || close < line) && password(text.substring(open + 1, close))) {
                    scan.add(Rule.CREDENTIAL, at, close + 1, "a password in documentation");
                }
                break;
            }
        }
    }

    private static String unquoted(String cell) {
        if (cell.length() >= 2 && cell.charAt(0) == '`' && cell.charAt(cell.length() - 1) == '`') {
            return cell.substring(1, cell.length() - 1).strip();
        }
        return cell;
    }

    private static boolean password(String value) {
        return value.length() <= 64 && ShortPasswordNames.bareLiteral(value) && value.chars().anyMatch(Character::isDigit)
                && TypedPasswords.typed(value);
    }
}
