package dev.nbexport.core.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Part of the {@code credential} rule: passwords handed to a program or a call where no name says
 * so, judged as any assigned password is ({@link SecretAssignments#secret}).
 *
 * <ul>
 * <li>{@code curl -u user:password} (also {@code --user}, {@code -uuser:password}).</li>
 * <li>{@code mysql -pPASSWORD} (and {@code mysqldump}, {@code mysqladmin}, {@code mariadb}...): the
 * password written onto {@code -p}; a {@code -p} standing alone prompts for it.</li>
 * <li>{@code sshpass -p PASSWORD} (or {@code -pPASSWORD}), among sshpass's own options.</li>
 * <li>{@code redis-cli -a PASSWORD}, {@code sqlcmd -P PASSWORD} ({@code docker login -p} is
 * {@link ShareCommands}', with the logins of other commands).</li>
 * <li>Any program's long option whose name says a secret ({@code --password}, {@code --admin-password},
 * {@code --api-key}, {@code --token}; see {@link Credentials#isSecretName}), written {@code --name=value},
 * {@code --name value} or as two literals of a list, {@code ["--password", "..."]}. Manuals show such
 * options with made-up values, so a password here must look like one: six characters or more, a digit
 * or a symbol among them, without the words password, secret, token or fake
 * ({@code --password=fakepassword}); a token or key must look random. A command written as a template
 * ({@code $ {command} --password=...}) is not one.</li>
 * <li>{@code auth=("user", "password")} and {@code HTTPBasicAuth("user", "password")} (or
 * {@code BasicAuth}, {@code HTTPDigestAuth}): the second of the pair a quoted literal, the first a
 * literal or a name.</li>
 * </ul>
 *
 * <p>A command runs from its program's name to the end of its line (lines continued by a backslash
 * go on), or to a {@code |}, {@code ;} or {@code &} outside quotes. Its words are read as a shell
 * reads them: quotes joined to the word, so {@code -p"$PW"} is {@code -p$PW}, a variable, not a
 * password.
 */
final class CommandLineCredentials {

    /** The most characters of one command read, so a text with many program names stays linear. */
    private static final int COMMAND_MAX = 4096;
    /** sshpass's options that take an argument other than the password. */
    private static final List<String> SSHPASS_ARGUMENT_OPTIONS = List.of("-f", "-d", "-P");
    /** The last words of a long option's name that say a password ({@code --admin-password}, {@code --db_pwd}). */
    private static final String[] PASSWORD_ENDS = {"password", "passwd", "pwd", "passphrase"};
    /** The last words of a long option's name that may say a token or key, looked at before the whole name is. */
    private static final String[] SECRET_ENDS = {"secret", "token", "key"};
    /** Words in an option's value that make it a stand-in: {@code --password=fakepassword}, {@code secretPassword123}. */
    private static final String[] STAND_IN_WORDS = {"password", "passwd", "secret", "token", "fake"};

    /**
     * A client's short option that takes the password; {@code spacedOption} is the option after a
     * space, as a command writes it.
     */
    private record PasswordOption(Keyword program, String option, Keyword spacedOption) {
        PasswordOption(String program, String option) {
            this(Keyword.of(program), option, Keyword.of(" " + option));
        }
    }

    private static final Keyword CURL = Keyword.of("curl");
    private static final Keyword[] MYSQL_CLIENTS = Keyword.all("mysql", "mariadb");
    /** {@code -p} as a command writes it, after a space. */
    private static final Keyword SPACED_P = Keyword.of(" -p");
    private static final Keyword SSHPASS = Keyword.of("sshpass");
    private static final Keyword LONG_OPTION = Keyword.of("--");
    private static final Keyword AUTH = Keyword.of("auth");

    private static final PasswordOption[] PASSWORD_OPTIONS = {
        new PasswordOption("redis-cli", "-a"),
        new PasswordOption("sqlcmd", "-P"),
    };

    private CommandLineCredentials() {
    }

    /** One word of a command: where it stands in the text and its text as the shell passes it. */
    record Word(int start, int end, String value) {
    }

    static void find(TextScanner.Scan scan) {
        if (scan.mayContain(CURL)) {
            for (List<Word> words : commands(scan, "curl", false)) {
                curl(scan, words);
            }
        }
        for (Keyword program : MYSQL_CLIENTS) {
            if (scan.mayContain(program) && scan.mayContain(SPACED_P)) {
                for (List<Word> words : commands(scan, program.text, true)) {
                    mysql(scan, words);
                }
            }
        }
        if (scan.mayContain(SSHPASS)) {
            for (List<Word> words : commands(scan, "sshpass", false)) {
                sshpass(scan, words);
            }
        }
        for (PasswordOption option : PASSWORD_OPTIONS) {
            if (scan.mayContain(option.program) && scan.mayContain(option.spacedOption)) {
                for (List<Word> words : commands(scan, option.program.text, false)) {
                    passwordOption(scan, option, words);
                }
            }
        }
        if (scan.mayContain(LONG_OPTION)) {
            longOptions(scan);
        }
        if (scan.mayContain(AUTH)) {
            authPairs(scan);
        }
    }

    private static void passwordOption(TextScanner.Scan scan, PasswordOption option, List<Word> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).value.equals(option.option) && SecretAssignments.secret(true, words.get(i + 1).value)) {
                scan.add(Rule.CREDENTIAL, words.get(i).start, words.get(i + 1).end, "a password on a command line");
            }
        }
    }

    // ---------------------------------------------------------------- long options

    /** {@code --name=value}, {@code --name value} and {@code "--name", "value"} where the name says a secret. */
    private static void longOptions(TextScanner.Scan scan) {
        String text = scan.text;
        int n = text.length();
        for (int at = text.indexOf("--"); at >= 0; at = text.indexOf("--", at + 2)) {
            char before = at > 0 ? text.charAt(at - 1) : ' ';
            boolean quoted = before == '"' || before == '\'';
            if (!quoted && !Character.isWhitespace(before)) {
                continue;
            }
            int nameEnd = at + 2;
            while (nameEnd < n && (Credentials.isWord(text.charAt(nameEnd)) || text.charAt(nameEnd) == '-')) {
                nameEnd++;
            }
            String name = text.substring(at + 2, nameEnd);
            boolean password = endsWithOneOf(name, PASSWORD_ENDS);
            if (!password && !endsWithOneOf(name, SECRET_ENDS) || !Credentials.isSecretName(name)
                    || SecretAssignments.namesAPage(name.toLowerCase(Locale.ROOT), 0, name.length())) {
                continue;
            }
            Word value = quoted ? listValue(text, at - 1, nameEnd) : null;
            if (value == null) {
                value = shellValue(text, quoted ? at - 1 : at, name);
            }
            if (value == null || !optionSecret(password, value.value) || templateLine(text, at)) {
                continue;
            }
            scan.add(Rule.CREDENTIAL, at, value.end, password ? "a password on a command line" : "a secret on a command line");
            at = Math.max(at, value.end - 2);
        }
    }

    /** Whether {@code name} ends in one of {@code ends}, A–Z and a–z taken alike. */
    private static boolean endsWithOneOf(String name, String[] ends) {
        for (String end : ends) {
            if (name.regionMatches(true, name.length() - end.length(), end, 0, end.length())) {
                return true;
            }
        }
        return false;
    }

    /** The value of the option word starting at {@code from}: after its {@code =}, or the next word. */
    private static Word shellValue(String text, int from, String name) {
        List<Word> words = new ArrayList<>(2);
        words(text, from, words, 2);
        if (words.isEmpty() || words.get(0).start != from) {
            return null;
        }
        String option = words.get(0).value;
        if (option.length() > name.length() + 3 && option.charAt(name.length() + 2) == '=') {
            return new Word(from, words.get(0).end, option.substring(name.length() + 3));
        }
        return option.length() == name.length() + 2 && words.size() == 2 ? words.get(1) : null;
    }

    /** The literal after the option's literal opening at {@code quote} and a comma: {@code "--password", "..."}. */
    private static Word listValue(String text, int quote, int nameEnd) {
        if (nameEnd >= text.length() || text.charAt(nameEnd) != text.charAt(quote)) {
            return null;
        }
        int comma = Credentials.skipSpaces(text, nameEnd + 1);
        if (comma >= text.length() || text.charAt(comma) != ',') {
            return null;
        }
        int open = comma + 1;
        while (open < text.length() && Character.isWhitespace(text.charAt(open))) {
            open++;
        }
        if (open >= text.length() || text.charAt(open) != '"' && text.charAt(open) != '\'') {
            return null;
        }
        int close = literalEnd(text, open);
        return close < 0 ? null : new Word(open, close + 1, text.substring(open + 1, close));
    }

    /**
     * Whether an option's value is the secret: as any assigned value ({@link SecretAssignments#bareSecret}),
     * and, for a password, as passwords are made, not words of a manual.
     */
    private static boolean optionSecret(boolean password, String value) {
        if (value.isEmpty() || !SecretAssignments.bareSecret(password, value)) {
            return false;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        for (String word : STAND_IN_WORDS) {
            if (lower.contains(word)) {
                return false;
            }
        }
        if (!password) {
            return true;
        }
        boolean digitOrSymbol = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            digitOrSymbol |= !Character.isLetter(c) && c != '-' && c != '_' && c != '.';
        }
        return value.length() >= 6 && digitOrSymbol;
    }

    /**
     * Whether the command line holding {@code at} (with the lines it continues) is a template, as
     * manuals write them: {@code $ {command} ...}, a name in braces not read from the environment.
     */
    private static boolean templateLine(String text, int at) {
        int start = text.lastIndexOf('\n', at) + 1;
        while (start >= 2 && (text.charAt(start - 2) == '\\' || start >= 3 && text.startsWith("\\\r", start - 3))) {
            start = text.lastIndexOf('\n', start - 2) + 1;
        }
        for (int open = text.indexOf('{', start); open >= 0 && open < at; open = text.indexOf('{', open + 1)) {
            int close = open + 1;
            while (close < at && Credentials.isWord(text.charAt(close))) {
                close++;
            }
            if (close > open + 1 && close < at && text.charAt(close) == '}' && (open == 0 || text.charAt(open - 1) != '$')) {
                return true;
            }
        }
        return false;
    }

    private static void curl(TextScanner.Scan scan, List<Word> words) {
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            String value;
            if ((word.value.equals("-u") || word.value.equals("--user")) && i + 1 < words.size()) {
                word = words.get(++i);
                value = word.value;
            } else if (word.value.startsWith("--user=")) {
                value = word.value.substring(7);
            } else if (word.value.startsWith("-u") && word.value.length() > 2 && !word.value.startsWith("--")) {
                value = word.value.substring(2);
            } else {
                continue;
            }
            int colon = value.indexOf(':');
            if (colon >= 0 && SecretAssignments.secret(true, value.substring(colon + 1))) {
                scan.add(Rule.CREDENTIAL, words.get(i).start, word.end, "a password on a command line");
            }
        }
    }

    private static void mysql(TextScanner.Scan scan, List<Word> words) {
        for (Word word : words) {
            String password = word.value.startsWith("--password=") ? word.value.substring(11)
                    : word.value.startsWith("-p") && word.value.length() > 2 ? word.value.substring(2) : null;
            if (password != null && SecretAssignments.secret(true, password)) {
                scan.add(Rule.CREDENTIAL, word.start, word.end, "a password on a command line");
            }
        }
    }

    /** sshpass's own options come before the program it runs, whose {@code -p} (ssh's port) is not sshpass's. */
    private static void sshpass(TextScanner.Scan scan, List<Word> words) {
        for (int i = 0; i < words.size() && words.get(i).value.startsWith("-"); i++) {
            Word option = words.get(i);
            if (option.value.equals("-p") && i + 1 < words.size()) {
                Word password = words.get(i + 1);
                if (SecretAssignments.secret(true, password.value)) {
                    scan.add(Rule.CREDENTIAL, option.start, password.end, "a password on a command line");
                }
                return;
            }
            if (option.value.startsWith("-p") && option.value.length() > 2) {
                if (SecretAssignments.secret(true, option.value.substring(2))) {
                    scan.add(Rule.CREDENTIAL, option.start, option.end, "a password on a command line");
                }
                return;
            }
            if (SSHPASS_ARGUMENT_OPTIONS.contains(option.value)) {
                i++;
            }
        }
    }

    // ---------------------------------------------------------------- commands

    /**
     * The words after each {@code program} in the text that stands as a command's name: not part of a
     * longer word, path or module ({@code pycurl}, {@code mysql.connector}), followed by white space
     * ({@code withSuffix}: after letters of a longer name first, as {@code mysqldump}).
     */
    static List<List<Word>> commands(TextScanner.Scan scan, String program, boolean withSuffix) {
        String text = scan.text;
        List<List<Word>> commands = new ArrayList<>();
        int from = 0;
        for (int at = text.indexOf(program); at >= 0; at = text.indexOf(program, Math.max(at + 1, from))) {
            char before = at > 0 ? text.charAt(at - 1) : ' ';
            if (Credentials.isWord(before) || before == '.' || before == '-') {
                continue;
            }
            int end = at + program.length();
            while (withSuffix && end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            if (end >= text.length() || (text.charAt(end) != ' ' && text.charAt(end) != '\t')) {
                continue;
            }
            List<Word> words = new ArrayList<>();
            from = words(text, end, words);
            commands.add(words);
        }
        return commands;
    }

    /** Reads the words of a command from {@code at} into {@code words}; returns where the command ends. */
    private static int words(String text, int at, List<Word> words) {
        return words(text, at, words, Integer.MAX_VALUE);
    }

    /** {@link #words(String, int, List)}, the first {@code most} words alone. */
    private static int words(String text, int at, List<Word> words, int most) {
        int n = Math.min(text.length(), at + COMMAND_MAX);
        int k = at;
        while (k < n && words.size() < most) {
            char c = text.charAt(k);
            if (c == '\\' && k + 1 < n && (text.charAt(k + 1) == '\n' || text.charAt(k + 1) == '\r')) {
                k += text.startsWith("\r\n", k + 1) ? 3 : 2; // a continued line
                continue;
            }
            if (c == '\n' || c == '\r' || c == '|' || c == ';' || c == '&' || c == '#') {
                return k;
            }
            if (c == ' ' || c == '\t') {
                k++;
                continue;
            }
            int start = k;
            StringBuilder value = new StringBuilder();
            while (k < n) {
                c = text.charAt(k);
                if (c == '"' || c == '\'') {
                    int close = k + 1;
                    while (close < n && text.charAt(close) != c && text.charAt(close) != '\n') {
                        close++;
                    }
                    if (close >= n || text.charAt(close) != c) {
                        return k; // a quote left open on its line: the command is cut here (as in a string of code)
                    }
                    value.append(text, k + 1, close);
                    k = close + 1;
                } else if (c <= ' ' || c == '|' || c == ';' || c == '&') {
                    break;
                } else {
                    value.append(c);
                    k++;
                }
            }
            words.add(new Word(start, k, value.toString()));
        }
        return k;
    }

    // ---------------------------------------------------------------- auth pairs

    /** {@code auth=(user, "password")} (also {@code basic_auth}, {@code http_auth}), {@code HTTPBasicAuth(user, "password")}. */
    private static void authPairs(TextScanner.Scan scan) {
        String text = scan.text;
        String lower = scan.lower();
        for (int at = lower.indexOf("auth"); at >= 0; at = lower.indexOf("auth", at + 4)) {
            int k = at + 4;
            if (k < text.length() && Credentials.isWord(text.charAt(k))) {
                continue;
            }
            boolean call = lower.startsWith("basic", at - 5) || lower.startsWith("digest", at - 6);
            k = Credentials.skipSpaces(text, k);
            if (!call) {
                int nameStart = lower.startsWith("basic_", at - 6) ? at - 6 : lower.startsWith("http_", at - 5) ? at - 5 : at;
                if (nameStart > 0 && Credentials.isWord(text.charAt(nameStart - 1)) || k >= text.length() || text.charAt(k) != '='
                        || k + 1 < text.length() && text.charAt(k + 1) == '=') {
                    continue;
                }
                k = Credentials.skipSpaces(text, k + 1);
            }
            if (k >= text.length() || text.charAt(k) != '(' && (call || text.charAt(k) != '[')) {
                continue;
            }
            int first = Credentials.skipSpaces(text, k + 1);
            int firstEnd = elementEnd(text, first);
            if (firstEnd < 0) {
                continue;
            }
            int comma = Credentials.skipSpaces(text, firstEnd);
            if (comma >= text.length() || text.charAt(comma) != ',') {
                continue;
            }
            int second = Credentials.skipSpaces(text, comma + 1);
            if (second >= text.length() || (text.charAt(second) != '"' && text.charAt(second) != '\'')) {
                continue;
            }
            int close = literalEnd(text, second);
            if (close < 0) {
                continue;
            }
            int after = Credentials.skipSpaces(text, close + 1);
            if (after < text.length() && ")],".indexOf(text.charAt(after)) >= 0
                    && SecretAssignments.secret(true, text.substring(second + 1, close))) {
                scan.add(Rule.CREDENTIAL, at, close + 1, "a password in an HTTP authentication pair");
            }
        }
    }

    /** The end of a pair's first element, a quoted literal or a name ({@code user}, {@code cfg.user}), or -1. */
    private static int elementEnd(String text, int k) {
        if (k >= text.length()) {
            return -1;
        }
        char c = text.charAt(k);
        if (c == '"' || c == '\'') {
            int close = literalEnd(text, k);
            return close < 0 ? -1 : close + 1;
        }
        int end = k;
        while (end < text.length() && end - k < 256 && (Credentials.isWord(text.charAt(end)) || text.charAt(end) == '.')) {
            end++;
        }
        return end > k ? end : -1;
    }

    /** The closing quote of the literal opening at {@code k}, on the same line and within 256 characters, or -1. */
    private static int literalEnd(String text, int k) {
        char quote = text.charAt(k);
        for (int end = k + 1; end < text.length() && end - k <= 257; end++) {
            char c = text.charAt(end);
            if (c == quote) {
                return end;
            }
            if (c == '\n') {
                return -1;
            }
        }
        return -1;
    }
}
