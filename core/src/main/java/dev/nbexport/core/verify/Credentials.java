package dev.nbexport.core.verify;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code credential} rule: a small set of shapes, each found by a literal anchor and checked
 * by hand around it.
 *
 * <ul>
 * <li>PEM private keys: a {@code -----BEGIN ... PRIVATE KEY-----} line followed by key material
 * (a line that only names the header, as parsing code does, is not a key).</li>
 * <li>AWS access key ids ({@code AKIA}/{@code ASIA} and 16 upper-case letters or digits) and AWS
 * secret keys (40 characters) assigned to a name like {@code aws_secret_access_key}. The
 * documentation's {@code ...EXAMPLE} keys are ignored.</li>
 * <li>Tokens and keys of other providers, by their own shapes: see {@link ProviderTokens}.</li>
 * <li>JWTs: three base64url parts whose first decodes to a JSON object with {@code "alg"}; the
 * jwt.io sample token is ignored.</li>
 * <li>Passwords in URLs ({@code scheme://user:password@host}) and in key=value connection
 * strings ({@code Password=...;}).</li>
 * <li>Values given to a name that says they are a password or a secret, quoted or not: see
 * {@link SecretAssignments}, whose judgement of a value the others share.</li>
 * <li>Passwords on command lines and in HTTP authentication pairs: see
 * {@link CommandLineCredentials}.</li>
 * <li>Passwords and keys given to well-known calls by their place ({@link PasswordArguments}), in
 * Oracle connect strings ({@link OracleLogins}), in the commands that mount shares or log in
 * ({@link ShareCommands}), in HTTP {@code Authorization} values ({@link AuthorizationHeaders}), in
 * Hadoop's file system settings ({@link HadoopSecrets}), after the short names {@code pass} and
 * {@code pw} ({@link ShortPasswordNames}), and in documentation's tables and prose
 * ({@link DocumentedPasswords}).</li>
 * </ul>
 *
 * <p>Placeholders never count: empty values, {@code <...>}, {@code ${...}}, {@code {...}},
 * {@code %(...)s}, {@code $VAR}, runs of one character ({@code ***}, {@code xxx}), and words such as
 * {@code password}, {@code secret}, {@code changeme} or anything with {@code your}, {@code example},
 * {@code placeholder}, {@code redacted}.
 */
final class Credentials {

    private static final Keyword PEM_KEY = Keyword.of("PRIVATE KEY-----");
    private static final Keyword[] AWS_KEY_ID_PREFIXES = Keyword.all("AKIA", "ASIA");
    private static final Keyword SECRET = Keyword.of("secret");
    /** How a JWT starts: <code>{"</code> in base64. */
    private static final Keyword JWT_START = Keyword.of("eyJ");
    private static final Keyword URL_SCHEME_END = Keyword.of("://");
    private static final Keyword[] CONNECTION_STRING_PASSWORDS = Keyword.all("password=", "pwd=");

    private static final Set<String> PLACEHOLDER_WORDS = Set.of("password", "passwd", "pass", "pwd", "secret", "changeme",
            "change_me", "change-me", "mypassword", "my_password", "pa$$word", "passw0rd", "p@ssw0rd", "p@ssword", "string",
            "none", "null", "nil", "undefined", "true", "false", "todo", "fixme", "tbd", "test", "dummy", "fake", "sample",
            "token", "api_key", "apikey", "key", "secret_key", "access_key", "value", "admin", "root", "user", "username",
            "pass123", "password123", "123456", "12345678", "letmein", "hunter2", "foo", "bar", "foobar", "abc", "abc123",
            "xyz", "qwerty", "default", "required", "optional", "env", "environ");

    private Credentials() {
    }

    static void find(TextScanner.Scan scan) {
        pem(scan);
        awsKeyIds(scan);
        awsSecrets(scan);
        ProviderTokens.find(scan);
        jwts(scan);
        urlPasswords(scan);
        connectionStringPasswords(scan);
        SecretAssignments.find(scan);
        CommandLineCredentials.find(scan);
        PasswordArguments.find(scan);
        OracleLogins.find(scan);
        ShareCommands.find(scan);
        AuthorizationHeaders.find(scan);
        HadoopSecrets.find(scan);
        ShortPasswordNames.find(scan);
        DocumentedPasswords.find(scan);
    }

    // ---------------------------------------------------------------- PEM

    private static void pem(TextScanner.Scan scan) {
        if (!scan.mayContain(PEM_KEY)) {
            return;
        }
        String text = scan.text;
        for (int at = text.indexOf("PRIVATE KEY-----"); at >= 0; at = text.indexOf("PRIVATE KEY-----", at + 16)) {
            int begin = text.lastIndexOf("-----BEGIN ", at);
            if (begin < 0 || at - begin > 40) {
                continue;
            }
            for (int k = begin + 11; k < at; k++) {
                char c = text.charAt(k);
                if (!(c >= 'A' && c <= 'Z') && c != ' ') {
                    begin = -1;
                    break;
                }
            }
            if (begin < 0) {
                continue;
            }
            int body = at + 16;
            // white space, or the two characters \n of an escaped newline in JSON or a string literal
            while (body < text.length()) {
                char c = text.charAt(body);
                if (c == '\n' || c == '\r' || c == ' ' || c == '\t') {
                    body++;
                } else if (c == '\\' && body + 1 < text.length() && (text.charAt(body + 1) == 'n' || text.charAt(body + 1) == 'r')) {
                    body += 2;
                } else {
                    break;
                }
            }
            int material = body;
            while (material < text.length() && isBase64(text.charAt(material))) {
                material++;
            }
            if (material - body < 40) {
                continue;
            }
            int end = text.indexOf("-----END ", material);
            end = end < 0 || end - material > 20000 ? material : Math.min(text.length(), lineEnd(text, end));
            scan.add(Rule.CREDENTIAL, begin, end, "a PEM private key");
        }
    }

    private static int lineEnd(String text, int at) {
        int nl = text.indexOf('\n', at);
        int quote = text.indexOf('"', at);
        int end = nl < 0 ? text.length() : nl;
        return quote >= 0 && quote < end ? quote : end;
    }

    // ---------------------------------------------------------------- AWS

    private static void awsKeyIds(TextScanner.Scan scan) {
        for (Keyword keyword : AWS_KEY_ID_PREFIXES) {
            if (!scan.mayContain(keyword)) {
                continue;
            }
            String prefix = keyword.text;
            String text = scan.text;
            for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 4)) {
                int end = at + 20;
                if (end > text.length() || (at > 0 && isWord(text.charAt(at - 1))) || (end < text.length() && isWord(text.charAt(end)))) {
                    continue;
                }
                boolean shape = true;
                for (int k = at + 4; k < end && shape; k++) {
                    char c = text.charAt(k);
                    shape = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
                }
                if (shape && !text.startsWith("EXAMPLE", end - 7) && !lowVariety(text, at + 4, end)) {
                    scan.add(Rule.CREDENTIAL, at, end, "an AWS access key id");
                }
            }
        }
    }

    /** 40 characters of base64 assigned to a name with {@code aws} and {@code secret}, or {@code secret_access_key}. */
    private static void awsSecrets(TextScanner.Scan scan) {
        if (!scan.mayContain(SECRET)) {
            return;
        }
        String lower = scan.lower();
        String text = scan.text;
        int n = text.length();
        for (int at = lower.indexOf("secret"); at >= 0; at = lower.indexOf("secret", at + 6)) {
            int s = at;
            while (s > 0 && (isWord(text.charAt(s - 1)) || text.charAt(s - 1) == '-')) {
                s--;
            }
            int e = at + 6;
            while (e < n && (isWord(text.charAt(e)) || text.charAt(e) == '-')) {
                e++;
            }
            String name = lower.substring(s, e).replace("-", "_");
            if (!name.contains("aws") && !name.contains("secret_access_key") && !name.contains("secretaccesskey")) {
                continue;
            }
            int k = e;
            if (k < n && (text.charAt(k) == '"' || text.charAt(k) == '\'')) {
                k++;
            }
            k = skipSpaces(text, k);
            if (k >= n || (text.charAt(k) != '=' && text.charAt(k) != ':') || k + 1 < n && text.charAt(k + 1) == '=') {
                continue;
            }
            k = skipSpaces(text, k + 1);
            if (k < n && (text.charAt(k) == '"' || text.charAt(k) == '\'')) {
                k++;
            }
            int end = k;
            while (end < n && end - k <= 40 && (Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) < 128
                    || text.charAt(end) == '/' || text.charAt(end) == '+')) {
                end++;
            }
            if (end - k != 40) {
                continue;
            }
            String value = text.substring(k, end);
            if (value.contains("EXAMPLE") || placeholder(value) || !value.chars().anyMatch(Character::isDigit)
                    || !value.chars().anyMatch(Character::isUpperCase) || !value.chars().anyMatch(Character::isLowerCase)) {
                continue;
            }
            scan.add(Rule.CREDENTIAL, s, end, "an AWS secret access key");
            at = end;
        }
    }

    // ---------------------------------------------------------------- JWT

    private static void jwts(TextScanner.Scan scan) {
        if (!scan.mayContain(JWT_START)) {
            return;
        }
        String text = scan.text;
        for (int at = text.indexOf("eyJ"); at >= 0; at = text.indexOf("eyJ", at + 3)) {
            if (at > 0 && isBase64Url(text.charAt(at - 1))) {
                continue;
            }
            int[] dots = new int[2];
            int k = at;
            int parts = 0;
            while (k < text.length()) {
                char c = text.charAt(k);
                if (c == '.' && parts < 2) {
                    dots[parts++] = k;
                } else if (!isBase64Url(c)) {
                    break;
                }
                k++;
            }
            int end = k;
            if (parts < 2 || dots[0] - at < 10 || dots[1] - dots[0] - 1 < 10 || end - dots[1] - 1 < 16) {
                at = Math.max(at, end - 3);
                continue;
            }
            String header = decode(text.substring(at, dots[0]));
            if (header == null || !header.trim().startsWith("{") || !header.contains("\"alg\"")) {
                continue;
            }
            String payload = decode(text.substring(dots[0] + 1, dots[1]));
            if (payload != null && payload.contains("John Doe") && payload.contains("1234567890")) {
                continue; // the sample token of jwt.io and countless tutorials
            }
            scan.add(Rule.CREDENTIAL, at, end, "a JSON web token");
            at = end;
        }
    }

    private static String decode(String part) {
        try {
            return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- passwords

    private static void urlPasswords(TextScanner.Scan scan) {
        if (!scan.mayContain(URL_SCHEME_END)) {
            return;
        }
        String text = scan.text;
        int n = text.length();
        for (int at = text.indexOf("://"); at >= 0; at = text.indexOf("://", at + 3)) {
            int scheme = at;
            while (scheme > 0 && isSchemeChar(text.charAt(scheme - 1))) {
                scheme--;
            }
            if (scheme == at || !Character.isLetter(text.charAt(scheme))) {
                continue;
            }
            int userStart = at + 3;
            int colon = -1;
            int k = userStart;
            while (k < n && k - userStart < 512) {
                char c = text.charAt(k);
                if (c == '@') {
                    break;
                }
                if (c == '/' || c == '?' || c == '#' || Character.isWhitespace(c) || c == '"' || c == '\'' || c == '`' || c == '\\') {
                    k = -1;
                    break;
                }
                if (c == ':' && colon < 0) {
                    colon = k;
                }
                k++;
            }
            if (k < 0 || k >= n || text.charAt(k) != '@' || colon < 0) {
                continue;
            }
            // the last '@' of the authority: a password may hold '@' when it is not encoded
            int at2 = k;
            int host = at2 + 1;
            if (host >= n || !(Character.isLetterOrDigit(text.charAt(host)) || text.charAt(host) == '[' || text.charAt(host) == '{'
                    || text.charAt(host) == '$' || text.charAt(host) == '%' || text.charAt(host) == '<')) {
                continue;
            }
            String password = text.substring(colon + 1, at2);
            if (password.isEmpty() || placeholder(password)) {
                continue;
            }
            scan.add(Rule.CREDENTIAL, scheme, at2, "a password in a URL");
        }
    }

    /** {@code Password=...;} in ODBC/ADO/JDBC-style strings, {@code &password=...} in query strings. */
    private static void connectionStringPasswords(TextScanner.Scan scan) {
        if (!scan.mayContainAny(CONNECTION_STRING_PASSWORDS)) {
            return;
        }
        String lower = scan.lower();
        String text = scan.text;
        int n = text.length();
        for (String key : new String[] {"password=", "pwd="}) {
            for (int at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + 1)) {
                int before = at - 1;
                while (before >= 0 && text.charAt(before) == ' ') {
                    before--;
                }
                boolean afterSeparator = before >= 0 && ";&?".indexOf(text.charAt(before)) >= 0;
                if (at > 0 && isWord(text.charAt(at - 1))) {
                    continue;
                }
                int from = at + key.length();
                int end = from;
                while (end < n && end - from < 256 && ";&\"'\n\r\t ,)".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                char stop = end < n ? text.charAt(end) : '\n';
                boolean closed = stop == ';' || afterSeparator && (stop == '&' || stop == '"' || stop == '\'' || stop == '\n'
                        || stop == '\r' || end == n);
                if (!closed || end == from) {
                    continue;
                }
                String value = text.substring(from, end);
                if (placeholder(value)) {
                    continue;
                }
                scan.add(Rule.CREDENTIAL, at, end, "a password in a connection string");
            }
        }
    }

    /** Where the spaces and tabs from {@code k} end: the credential readers' one step over a line's blanks. */
    static int skipSpaces(String text, int k) {
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        return k;
    }

    private static final Set<String> SECRET_WORDS = Set.of("password", "passwd", "pwd", "passphrase", "secret", "token",
            "apikey", "credential", "credentials");
    /** Compiled once: every metadata key of every verified notebook goes through them. */
    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Set<String> SECRET_PAIRS = Set.of("api key", "access key", "private key", "secret key", "auth key",
            "client secret");

    /**
     * Whether a key names a secret: its last word is one ({@code DB_PASSWORD}, {@code authToken},
     * {@code api-key}), not merely its first ({@code password_protected}, {@code token_count}).
     */
    static boolean isSecretName(String key) {
        String[] words = NON_WORD.split(CAMEL_HUMP.matcher(key).replaceAll("$1 $2").toLowerCase(Locale.ROOT));
        int last = words.length - 1;
        if (last < 0) {
            return false;
        }
        return SECRET_WORDS.contains(words[last]) || last > 0 && SECRET_PAIRS.contains(words[last - 1] + " " + words[last]);
    }

    /** Whether a value is a stand-in for a secret rather than one. */
    static boolean placeholder(String raw) {
        String value = raw.strip();
        if (value.isEmpty()) {
            return true;
        }
        String lower = value.toLowerCase(java.util.Locale.ROOT);
        if (PLACEHOLDER_WORDS.contains(lower)) {
            return true;
        }
        char first = value.charAt(0);
        char last = value.charAt(value.length() - 1);
        if ((first == '<' && last == '>') || (first == '{' && last == '}') || (first == '[' && last == ']')
                || (first == '(' && last == ')')) {
            return true;
        }
        if (first == '$' || first == '%' || first == '@' && value.length() > 1 && Character.isLetter(value.charAt(1))) {
            return true; // $VAR, ${VAR}, %(name)s, %s, @param
        }
        if (value.contains("${") || value.contains("{{") || value.contains("}}") || value.contains("%s") || value.contains("%(")
                || value.contains("...") || value.contains("…")) {
            return true;
        }
        if (value.indexOf('{') >= 0 && value.indexOf('}') > value.indexOf('{')) {
            return true; // a template or an f-string: user:{pw}@host
        }
        for (String word : new String[] {"your", "example", "placeholder", "redacted", "secret_here", "password_here", "insert",
            "replace", "enter_", "enter-", "<", ">", "xxxx", "****", "dummy", "changeme", "change_me", "mypass", "my_pass",
            "getenv", "environ"}) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return lowVariety(value, 0, value.length());
    }

    /** Fewer than four distinct characters: {@code ***}, {@code xxxxxx}, {@code 000000}. */
    static boolean lowVariety(String text, int from, int end) {
        long seen0 = 0;
        long seen1 = 0;
        int other = 0;
        for (int k = from; k < end; k++) {
            char c = text.charAt(k);
            if (c < 64) {
                seen0 |= 1L << c;
            } else if (c < 128) {
                seen1 |= 1L << (c - 64);
            } else {
                other = 1;
            }
        }
        return Long.bitCount(seen0) + Long.bitCount(seen1) + other < 4;
    }

    static boolean isWord(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static boolean isSchemeChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-';
    }

    private static boolean isBase64(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '=';
    }

    private static boolean isBase64Url(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '=';
    }
}
