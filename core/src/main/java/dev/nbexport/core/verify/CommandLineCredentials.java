package dev.nbexport.core.verify;

import java.util.ArrayList;
import java.util.List;

/**
 * Part of the {@code credential} rule: passwords handed to a program or a call where no name says
 * so, judged as any assigned password is ({@link SecretAssignments#secret}).
 *
 * <ul>
 * <li>{@code curl -u user:password} (also {@code --user}, {@code -uuser:password}).</li>
 * <li>{@code mysql -pPASSWORD} (and {@code mysqldump}, {@code mysqladmin}, {@code mariadb}...): the
 * password written onto {@code -p}; a {@code -p} standing alone prompts for it.</li>
 * <li>{@code sshpass -p PASSWORD} (or {@code -pPASSWORD}), among sshpass's own options.</li>
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

    private CommandLineCredentials() {
    }

    /** One word of a command: where it stands in the text and its text as the shell passes it. */
    private record Word(int start, int end, String value) {
    }

    static void find(TextScanner.Scan scan) {
        if (scan.mayContain("curl")) {
            for (List<Word> words : commands(scan, "curl", false)) {
                curl(scan, words);
            }
        }
        for (String program : new String[] {"mysql", "mariadb"}) {
            if (scan.mayContain(program) && scan.mayContain(" -p")) {
                for (List<Word> words : commands(scan, program, true)) {
                    mysql(scan, words);
                }
            }
        }
        if (scan.mayContain("sshpass")) {
            for (List<Word> words : commands(scan, "sshpass", false)) {
                sshpass(scan, words);
            }
        }
        if (scan.mayContain("auth")) {
            authPairs(scan);
        }
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
    private static List<List<Word>> commands(TextScanner.Scan scan, String program, boolean withSuffix) {
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
        int n = Math.min(text.length(), at + COMMAND_MAX);
        int k = at;
        while (k < n) {
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
            k = skipSpaces(text, k);
            if (!call) {
                int nameStart = lower.startsWith("basic_", at - 6) ? at - 6 : lower.startsWith("http_", at - 5) ? at - 5 : at;
                if (nameStart > 0 && Credentials.isWord(text.charAt(nameStart - 1)) || k >= text.length() || text.charAt(k) != '='
                        || k + 1 < text.length() && text.charAt(k + 1) == '=') {
                    continue;
                }
                k = skipSpaces(text, k + 1);
            }
            if (k >= text.length() || text.charAt(k) != '(' && (call || text.charAt(k) != '[')) {
                continue;
            }
            int first = skipSpaces(text, k + 1);
            int firstEnd = elementEnd(text, first);
            if (firstEnd < 0) {
                continue;
            }
            int comma = skipSpaces(text, firstEnd);
            if (comma >= text.length() || text.charAt(comma) != ',') {
                continue;
            }
            int second = skipSpaces(text, comma + 1);
            if (second >= text.length() || (text.charAt(second) != '"' && text.charAt(second) != '\'')) {
                continue;
            }
            int close = literalEnd(text, second);
            if (close < 0) {
                continue;
            }
            int after = skipSpaces(text, close + 1);
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

    private static int skipSpaces(String text, int k) {
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        return k;
    }
}
