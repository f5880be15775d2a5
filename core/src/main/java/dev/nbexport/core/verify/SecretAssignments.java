package dev.nbexport.core.verify;

import java.util.Arrays;
import java.util.Set;

/**
 * Part of the {@code credential} rule: a value given to a name that says it is a password or a
 * secret, in code, configuration or a shell, and one judgement of that value whatever form it
 * takes ({@link #secret}).
 *
 * <p>The name ends in {@code password}, {@code passwd}, {@code pwd} or {@code passphrase} (a
 * password), or in {@code secret}, {@code token}, {@code api_key}, {@code apikey}, {@code api-key},
 * {@code access_key} or {@code secret_key} (a secret); {@code password_hash} or {@code tokenizer}
 * name other things. The forms:
 *
 * <ul>
 * <li>A quoted literal after {@code =}, {@code :}, {@code :=} or {@code <-} (not {@code ==}), the name
 * bare or quoted ({@code "password": "..."}), also a quoted name in a subscript
 * ({@code os.environ["API_KEY"] = "..."}) or as the first argument of {@code setdefault},
 * {@code putenv} or {@code setenv} with the literal second.</li>
 * <li>A bare value written right after {@code NAME=}, as a shell, an {@code .env} or {@code .ini}
 * file, {@code %env NAME=value} or a libpq connection string write it: the name after white space, a quote,
 * {@code .} or {@code ;}, the value ended by white space, a quote, {@code ;} or a backslash (an
 * argument list's {@code ,} or {@code )} after it makes it code, {@code f(password=pw)}; a query
 * string's {@code &} a URL's parameter, below). A program's option ({@code --password=}) is not read
 * here: manuals show them with made-up values ({@link CommandLineCredentials} reads them more strictly).</li>
 * <li>A URL's query parameter, {@code ?api_key=...&} or {@code &access_token=...}: the name after
 * {@code ?} or {@code &}, the value as long as its characters go. There a signed URL's signature
 * ({@code sig}, {@code X-Amz-Signature}) is a secret too, and so is a {@code key} that mixes upper and
 * lower case and digits (one that does not is an id: {@code ?key=cf-2e35...}).</li>
 * <li>A bare value after {@code NAME:} or {@code NAME =} at the start of a line (a YAML or ini key),
 * or after {@code %env NAME}, alone on the rest of the line but for a {@code #} comment.</li>
 * </ul>
 *
 * <p>A bare value is code rather than a value when it is a name: a word without digits
 * ({@code password: str}, {@code PASSWORD=password}; but a password's {@code Sunshine}, see
 * {@link #capitalisedWord}), a dotted path ({@code settings.db_password}), a
 * path or URL, a YAML tag, anchor or alias, a bind parameter ({@code :password}).
 */
final class SecretAssignments {

    private static final Keyword[] PASSWORD_NAMES = Keyword.all("password", "passwd", "pwd", "passphrase");
    private static final Keyword[] SECRET_NAMES = Keyword.all("secret", "token", "api_key", "apikey", "access_key", "secret_key", "api-key");
    /**
     * Names that say a secret only as a URL's query parameter: a signed URL's signature
     * ({@code sig}, {@code X-Amz-Signature}) and an API's {@code key}.
     */
    private static final String[] QUERY_NAMES = {"sig", "signature", "key"};
    /** {@link #QUERY_NAMES} as a query string gives them a value, {@code sig=}. */
    private static final Keyword[] QUERY_ASSIGNMENTS = Arrays.stream(QUERY_NAMES).map(name -> Keyword.of(name + "="))
            .toArray(Keyword[]::new);
    /** The most characters of a name read before its last word, so {@code pwd-pwd-pwd-...} is read in linear time. */
    private static final int NAME_MAX = 128;
    /** Calls whose first argument names an environment variable and whose second sets it. */
    private static final String[] ENVIRONMENT_SETTERS = {"setdefault(", "putenv(", "setenv("};
    /** Characters that end a bare value: quotes, brackets, separators of code. */
    private static final String BARE_STOPS = "\"'`,;()[]{}<>\\&|";
    /**
     * What may follow {@code NAME=value} but white space: a string's or a shell's end. A value
     * written in code is followed by other things, one in a query string by {@code &}.
     */
    private static final String TIGHT_ENDS = "\"'`;\\";
    /** What may stand right before {@code NAME=value}'s name but white space (see {@link #standsAlone}). */
    private static final String NAME_BOUNDARIES = "\"'`.;";
    /** First characters that make a bare value something other than a literal (see the class comment). */
    private static final String NOT_LITERAL_STARTS = "-!&*|>?:/~.@%$=#";

    /** Capitalised words given to a password's key that say something of it rather than being it. */
    private static final Set<String> NOT_PASSWORD_WORDS = Set.of("Hidden", "Masked", "Sensitive", "Unicode", "Boolean",
            "Object", "Unknown", "Missing", "Binary", "Prompt", "Generated", "Random", "Encrypted", "Hashed", "Plaintext",
            "Disabled", "Enabled", "Passwort", "Kennwort", "Wachtwoord", "Passord", "Losenord", "Salasana", "Adgangskode",
            "Parola", "Parole", "Parool", "Lozinka", "Jelszo", "Contrasena", "Mandatory", "Secrets", "Credentials");

    private SecretAssignments() {
    }

    static void find(TextScanner.Scan scan) {
        for (Keyword name : PASSWORD_NAMES) {
            if (scan.mayContain(name)) {
                find(scan, scan.lower(), name.text, true, false);
            }
        }
        for (Keyword name : SECRET_NAMES) {
            if (scan.mayContain(name)) {
                find(scan, scan.lower(), name.text, false, false);
            }
        }
        for (int i = 0; i < QUERY_NAMES.length; i++) {
            if (scan.mayContain(QUERY_ASSIGNMENTS[i])) {
                find(scan, scan.lower(), QUERY_NAMES[i], false, true);
            }
        }
    }

    /**
     * Whether a value given to a password name (any that is not a placeholder) or to a secret name
     * (a long, random-looking one) is the secret itself.
     */
    static boolean secret(boolean password, String value) {
        return !value.isEmpty() && !Credentials.placeholder(value) && (password || looksRandom(value));
    }

    /** The values given to names ending in {@code name}; with {@code queryOnly}, to query parameters alone. */
    private static void find(TextScanner.Scan scan, String lower, String name, boolean password, boolean queryOnly) {
        String text = scan.text;
        int n = text.length();
        for (int at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
            int nameEnd = at + name.length();
            if (nameEnd < n && Credentials.isWord(text.charAt(nameEnd))) {
                continue; // the name must end here: "password_hash", "tokenizer" are other things
            }
            if (queryOnly && !name.equals("signature") && !afterQuerySeparator(text, at)) {
                continue; // sig and key stand whole; a signature's name may be longer, X-Amz-Signature
            }
            int nameStart = at;
            while (nameStart > 0 && at - nameStart < NAME_MAX
                    && (Credentials.isWord(text.charAt(nameStart - 1)) || text.charAt(nameStart - 1) == '-')) {
                nameStart--;
            }
            boolean query = afterQuerySeparator(text, nameStart);
            if (queryOnly && !query || query && namesAPage(lower, nameStart, at)) {
                continue;
            }
            int k = nameEnd;
            boolean quotedName = k < n && (text.charAt(k) == '"' || text.charAt(k) == '\'');
            if (quotedName) {
                k++; // a quoted key: "password": "..."
                if (k < n && text.charAt(k) == ']') {
                    k++; // a subscript: os.environ["API_KEY"] = "..."
                }
            }
            int afterName = k;
            boolean envMagic = !quotedName && text.startsWith("%env ", nameStart - 5);
            k = Credentials.skipSpaces(text, k);
            if (k >= n) {
                continue;
            }
            char c = text.charAt(k);
            if (c == '=' && k + 1 < n && text.charAt(k + 1) == '=') {
                continue;
            }
            if (c == ':' && k + 1 < n && text.charAt(k + 1) == '=') {
                k++; // Go's :=
            } else if (c == '<' && k + 1 < n && text.charAt(k + 1) == '-') {
                k++; // R's <-
            } else if (c == ',' && quotedName && settingEnvironment(text, nameStart - 1)) {
                // os.environ.setdefault("API_KEY", "...")
            } else if (envMagic && k > afterName) {
                k--; // %env NAME value: the value follows the spaces
            } else if (c != '=' && c != ':') {
                continue;
            }
            boolean tight = c == '=' && k == afterName && !quotedName;
            if (c == ':' && k + 1 < n && text.charAt(k + 1) != ' ' && text.charAt(k + 1) != '\t'
                    && quotedLiteralEnd(text, k + 1) < 0) {
                continue; // a YAML key has a space after its colon
            }
            int valueAt = Credentials.skipSpaces(text, k + 1);
            if (valueAt >= n) {
                continue;
            }
            int end = quotedLiteralEnd(text, valueAt);
            if (end >= 0) {
                String value = text.substring(text.charAt(valueAt) == text.charAt(end) ? valueAt + 1 : valueAt + 2, end);
                if (secret(password, value)) {
                    scan.add(Rule.CREDENTIAL, nameStart, end + 1, password ? "a password assigned as a literal"
                            : "a secret assigned as a literal");
                }
            } else if (!quotedName && c != ',' && casedAsAWord(text, at, nameEnd)
                    && (tight ? query || standsAlone(text, nameStart) : envMagic || startsLine(text, nameStart))) {
                end = bareValueEnd(text, valueAt, tight, tight && query);
                if (end > valueAt && bareSecret(password, text.substring(valueAt, end))
                        && (!name.equals("key") || ProviderTokens.kinds(text, valueAt, end) == 3)) {
                    String where = query ? " in a URL's query" : " assigned as a literal";
                    scan.add(Rule.CREDENTIAL, nameStart, end, (password ? "a password" : "a secret") + where);
                }
            }
        }
    }

    /**
     * Where the quoted literal starting at {@code k} closes (the offset of its closing quote), or -1;
     * a Python prefix {@code r"..."}, {@code b"..."}, {@code u"..."} is taken (f-strings are judged
     * by their braces).
     */
    private static int quotedLiteralEnd(String text, int k) {
        int n = text.length();
        char quote = text.charAt(k);
        int from = k + 1;
        if (quote != '"' && quote != '\'') {
            if ((quote == 'r' || quote == 'b' || quote == 'u') && k + 1 < n && (text.charAt(k + 1) == '"' || text.charAt(k + 1) == '\'')) {
                quote = text.charAt(k + 1);
                from = k + 2;
            } else {
                return -1;
            }
        }
        int end = from;
        while (end < n && text.charAt(end) != quote && text.charAt(end) != '\n' && end - from <= 256) {
            end++;
        }
        return end < n && text.charAt(end) == quote ? end : -1;
    }

    /**
     * Where a bare value starting at {@code from} ends, or -1 when what follows it makes it code:
     * after {@code NAME=value} a shell's or a string's ends ({@link #TIGHT_ENDS}, white space); after
     * a key, the line's end or a comment; in a URL's query, wherever the value's characters end.
     */
    private static int bareValueEnd(String text, int from, boolean tight, boolean query) {
        int n = text.length();
        int end = from;
        while (end < n && end - from <= 256 && text.charAt(end) > ' ' && BARE_STOPS.indexOf(text.charAt(end)) < 0
                && !(query && text.charAt(end) == '#')) {
            end++;
        }
        if (end == n || query) {
            return end;
        }
        char stop = text.charAt(end);
        if (tight) {
            return Character.isWhitespace(stop) || TIGHT_ENDS.indexOf(stop) >= 0 ? end : -1;
        }
        int rest = Credentials.skipSpaces(text, end);
        if (rest == n || text.charAt(rest) == '\n' || text.charAt(rest) == '\r' || rest > end && text.charAt(rest) == '#') {
            return end;
        }
        return -1;
    }

    /** {@link #secret}, for a value written without quotes once names, paths and references are set aside. */
    static boolean bareSecret(boolean password, String value) {
        if (NOT_LITERAL_STARTS.indexOf(value.charAt(0)) >= 0 || value.contains("://")
                || isName(value) && !(password && capitalisedWord(value)) || value.indexOf('/') != value.lastIndexOf('/')) {
            return false;
        }
        return secret(password, value);
    }

    /**
     * A word of six letters or more, capitalised and the rest lower case ({@code Sunshine}), other than
     * a type or a state ({@code Hidden}) or the word password in another language ({@code Passwort}):
     * given to a password's key, it is the password people choose, where a name in code is written
     * {@code lower}, {@code snake_case} or {@code CamelCase}.
     */
    private static boolean capitalisedWord(String value) {
        if (value.length() < 6 || value.length() > 24 || value.charAt(0) < 'A' || value.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            if (value.charAt(i) < 'a' || value.charAt(i) > 'z') {
                return false;
            }
        }
        return !NOT_PASSWORD_WORDS.contains(value);
    }

    /**
     * A word of letters and {@code _} without digits, or words joined by dots: a name in code, a type,
     * a setting's path (a sentence's full stop after it taken away).
     */
    private static boolean isName(String raw) {
        String value = raw.endsWith(".") ? raw.substring(0, raw.length() - 1) : raw;
        boolean digit = false;
        boolean dotted = false;
        boolean wordStart = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '.') {
                if (wordStart) {
                    return false;
                }
                dotted = true;
                wordStart = true;
            } else if (Character.isLetter(c) || c == '_') {
                wordStart = false;
            } else if (c >= '0' && c <= '9' && !wordStart) {
                digit = true;
            } else {
                return false;
            }
        }
        return !wordStart && (dotted || !digit);
    }

    /** Whether the name's opening quote at {@code quote} follows one of {@link #ENVIRONMENT_SETTERS}. */
    private static boolean settingEnvironment(String text, int quote) {
        int k = quote;
        while (k > 0 && text.charAt(k - 1) == ' ') {
            k--;
        }
        for (String call : ENVIRONMENT_SETTERS) {
            if (k >= call.length() && text.startsWith(call, k - call.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word {@code [from, end)} is written in one case, or capitalised ({@code pwd},
     * {@code PWD}, {@code Pwd}), as a name's word is and random characters seldom are ({@code pWd}).
     */
    private static boolean casedAsAWord(String text, int from, int end) {
        boolean upperRest = true;
        boolean lowerRest = true;
        for (int k = from + 1; k < end; k++) {
            char c = text.charAt(k);
            upperRest &= !(c >= 'a' && c <= 'z');
            lowerRest &= !(c >= 'A' && c <= 'Z');
        }
        char first = text.charAt(from);
        return lowerRest || upperRest && !(first >= 'a' && first <= 'z');
    }

    /**
     * Whether the name at {@code at} starts a word of a shell, a string or a setting's path: it starts
     * with a letter or {@code _}, after white space, a quote, {@code .} or a connection string's
     * {@code ;}, not inside a run of other characters (a base85 blob holds {@code pWd=} now and then).
     * A program's option ({@code --password=}) does not.
     */
    private static boolean standsAlone(String text, int at) {
        if (Character.isDigit(text.charAt(at)) || text.charAt(at) == '-') {
            return false;
        }
        return at == 0 || Character.isWhitespace(text.charAt(at - 1)) || NAME_BOUNDARIES.indexOf(text.charAt(at - 1)) >= 0;
    }

    /**
     * Whether the name {@code [from, at)} before its last word names a page of results ({@code pageToken},
     * {@code next_page_token}): a cursor an API hands out, which grants nothing.
     */
    static boolean namesAPage(String lower, int from, int at) {
        int page = lower.indexOf("page", from);
        return page >= 0 && page < at;
    }

    /** Whether the name at {@code at} is a URL's query parameter: after {@code ?} or {@code &}. */
    private static boolean afterQuerySeparator(String text, int at) {
        return at > 0 && (text.charAt(at - 1) == '?' || text.charAt(at - 1) == '&');
    }

    /** Whether only indentation, or a YAML list's {@code - }, stands before {@code at} on its line. */
    private static boolean startsLine(String text, int at) {
        int k = at;
        while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t')) {
            k--;
        }
        if (k > 0 && text.charAt(k - 1) == '-' && k < at) {
            k--;
            while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t')) {
                k--;
            }
        }
        return k == 0 || text.charAt(k - 1) == '\n' || text.charAt(k - 1) == '\r';
    }

    /** Long, without spaces, letters and digits mixed, and close to random. */
    static boolean looksRandom(String value) {
        if (value.length() < 20 || value.length() > 256) {
            return false;
        }
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c >= 127) {
                return false;
            }
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        if (value.contains("/") && (value.startsWith("/") || value.startsWith(".") || value.contains("://"))) {
            return false; // a path or a URL
        }
        return letter && digit && entropy(value) >= 3.5;
    }

    /** Shannon entropy in bits a character, over the characters' low seven bits. */
    static double entropy(String value) {
        int[] counts = new int[128];
        for (int i = 0; i < value.length(); i++) {
            counts[value.charAt(i) & 127]++;
        }
        double bits = 0;
        for (int count : counts) {
            if (count > 0) {
                double p = (double) count / value.length();
                bits -= p * Math.log(p) / Math.log(2);
            }
        }
        return bits;
    }
}
