package dev.nbexport.core.verify;

import java.util.Arrays;

/**
 * Part of the {@code credential} rule: passwords given to the short names configuration files use,
 * {@code pass} and {@code pw} ({@code pass:} in a dbt {@code profiles.yml}, {@code pw = ...} in an
 * {@code .ini}, {@code DB_PASS=...} in an {@code .env}), as a key at the start of a line.
 *
 * <p>The names are short words of other ones ({@code bypass}, {@code compass}, {@code pwm}), so each
 * must be a whole word of the key ({@code db_pass}, {@code smtpPw}, {@code PW}), and the value must
 * hold a letter (a width {@code pw = 0.25} is no password) and, written without quotes, a digit or a
 * sign too (a name in code, {@code pw = password}, is no password either). The value is then judged
 * as any password is ({@link SecretAssignments#secret}).
 */
final class ShortPasswordNames {

    private static final String[] NAMES = {"pass", "pw"};
    /** Each of {@link #NAMES} as a key is written: followed by a colon, a space or an equals sign. */
    private static final Keyword[][] KEYS = Arrays.stream(NAMES).map(name -> Keyword.all(name + ":", name + " ", name + "="))
            .toArray(Keyword[][]::new);
    /** First characters that make a bare value something other than a literal: a reference, a path, an option. */
    private static final String NOT_LITERAL_STARTS = "-!&*|>?:/~.@%$=#[{(<";

    private ShortPasswordNames() {
    }

    static void find(TextScanner.Scan scan) {
        for (int i = 0; i < NAMES.length; i++) {
            if (scan.mayContainAny(KEYS[i])) {
                find(scan, NAMES[i]);
            }
        }
    }

    private static void find(TextScanner.Scan scan, String name) {
        String lower = scan.lower();
        String text = scan.text;
        int n = text.length();
        for (int at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
            int nameEnd = at + name.length();
            if (nameEnd < n && Credentials.isWord(text.charAt(nameEnd)) || !wordStarts(text, at)) {
                continue;
            }
            int keyStart = at;
            while (keyStart > 0 && at - keyStart < 64 && (Credentials.isWord(text.charAt(keyStart - 1)) || text.charAt(keyStart - 1) == '-')) {
                keyStart--;
            }
            if (!startsLine(text, keyStart)) {
                continue;
            }
            int k = Credentials.skipSpaces(text, nameEnd);
            if (k >= n || text.charAt(k) != '=' && text.charAt(k) != ':' || k + 1 < n && text.charAt(k + 1) == '=') {
                continue;
            }
            if (text.charAt(k) == ':' && k + 1 < n && text.charAt(k + 1) != ' ' && text.charAt(k + 1) != '\t') {
                continue; // a YAML key has a space after its colon
            }
            int valueAt = Credentials.skipSpaces(text, k + 1);
            int end = valueAt;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String rest = text.substring(valueAt, end);
            int comment = rest.indexOf(" #");
            String value = (comment >= 0 ? rest.substring(0, comment) : rest).strip();
            boolean quoted = value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                    && value.charAt(value.length() - 1) == value.charAt(0);
            if (quoted) {
                value = value.substring(1, value.length() - 1);
            } else if (value.isEmpty() || value.contains("://") || !bareLiteral(value)) {
                continue;
            }
            if (value.chars().anyMatch(Character::isLetter) && SecretAssignments.secret(true, value)) {
                scan.add(Rule.CREDENTIAL, keyStart, valueAt + value.length() + (quoted ? 2 : 0), "a password assigned as a literal");
            }
        }
    }

    /**
     * Whether a value written without quotes is a literal rather than code: one word, not starting as
     * a reference, a path or an option does ({@link #NOT_LITERAL_STARTS}), no brackets,
     * quotes or commas ({@code getpass()}, {@code os.environ["PW"]}), not a name or a dotted path
     * ({@code settings.PW}), and a digit or a sign beside its letters.
     */
    static boolean bareLiteral(String value) {
        if (value.isEmpty() || NOT_LITERAL_STARTS.indexOf(value.charAt(0)) >= 0) {
            return false;
        }
        boolean identifier = Character.isLetter(value.charAt(0)) || value.charAt(0) == '_';
        boolean digitOrSign = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || "()[]{}\"',`".indexOf(c) >= 0) {
                return false;
            }
            identifier &= Credentials.isWord(c) || c == '.';
            digitOrSign |= !Character.isLetter(c);
        }
        boolean name = identifier && (value.indexOf('.') >= 0 || value.chars().noneMatch(Character::isDigit));
        return digitOrSign && !name;
    }

    /** Whether a word of a name starts at {@code at}: after no letter or digit, or as a capitalised hump ({@code smtpPw}). */
    private static boolean wordStarts(String text, int at) {
        if (at == 0) {
            return true;
        }
        char before = text.charAt(at - 1);
        if (!Character.isLetterOrDigit(before)) {
            return true;
        }
        return Character.isLowerCase(before) && Character.isUpperCase(text.charAt(at));
    }

    /** Whether only indentation, or a YAML list's {@code - }, or {@code export } stands before {@code at} on its line. */
    private static boolean startsLine(String text, int at) {
        int k = at;
        if (text.startsWith("export ", k - 7)) {
            k -= 7;
        }
        while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t' || text.charAt(k - 1) == '-')) {
            k--;
        }
        return k == 0 || text.charAt(k - 1) == '\n' || text.charAt(k - 1) == '\r';
    }
}
