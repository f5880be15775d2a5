package dev.nbexport.core.verify;

/**
 * Part of the {@code credential} rule: keys given to Hadoop's file system settings, whose names end
 * in an account or a bucket rather than in a word that says secret
 * ({@code fs.azure.account.key.<account>.dfs.core.windows.net}, {@code spark.hadoop.fs.s3a.secret.key}),
 * set however Spark and Hadoop set them: {@code spark.conf.set(name, "...")},
 * {@code .config(name, "...")}, {@code --conf name=...}, a {@code spark-defaults.conf} line
 * ({@code name value}) or a {@code core-site.xml} property ({@code <name>...</name><value>...</value>}).
 * The value is judged as a key is: long and random ({@link SecretAssignments#secret}).
 */
final class HadoopSecrets {

    private static final Keyword FILE_SYSTEM = Keyword.of("fs.");
    /** What a setting's name holds when it may be one of {@link #SECRET_SETTINGS}. */
    private static final Keyword[] SECRET_WORDS = Keyword.all(".key", "secret", "sas.", "token");

    /** What the name of a setting that holds a key contains. */
    private static final String[] SECRET_SETTINGS = {".account.key", ".secret.key", "secretaccesskey", ".client.secret",
        ".sas.", ".session.token", ".private.key"};

    private HadoopSecrets() {
    }

    static void find(TextScanner.Scan scan) {
        if (!scan.mayContain(FILE_SYSTEM) || !scan.mayContainAny(SECRET_WORDS)) {
            return;
        }
        String lower = scan.lower();
        String text = scan.text;
        int n = text.length();
        for (int at = lower.indexOf("fs."); at >= 0; at = lower.indexOf("fs.", at + 3)) {
            if (at > 0 && (Credentials.isWord(text.charAt(at - 1)) || text.charAt(at - 1) == '-')) {
                continue;
            }
            int end = at;
            while (end < n && end - at < 256 && (Credentials.isWord(text.charAt(end)) || text.charAt(end) == '.' || text.charAt(end) == '-')) {
                end++;
            }
            if (!namesSecret(lower.substring(at, end))) {
                continue;
            }
            int valueEnd = value(text, end);
            if (valueEnd > 0) {
                scan.add(Rule.CREDENTIAL, at, valueEnd, "a key in a Hadoop setting");
            }
            at = Math.max(at, end - 3);
        }
    }

    private static boolean namesSecret(String name) {
        for (String marker : SECRET_SETTINGS) {
            if (name.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of the value set after the name ending at {@code k}, when it is a key, else -1: a quoted
     * argument after {@code ,}, a value after {@code =}, white space or {@code </name>...<value>}.
     */
    private static int value(String text, int k) {
        int n = text.length();
        if (k < n && (text.charAt(k) == '"' || text.charAt(k) == '\'')) {
            k++;
        }
        if (text.startsWith("</name>", k)) {
            k = skipBlanks(text, k + 7);
            if (!text.startsWith("<value>", k)) {
                return -1;
            }
            k += 7;
        } else {
            int separator = Credentials.skipSpaces(text, k);
            if (separator < n && (text.charAt(separator) == ',' || text.charAt(separator) == '=' || text.charAt(separator) == ':')) {
                k = skipBlanks(text, separator + 1);
            } else if (separator == k || separator >= n || text.charAt(separator) == '\n' || text.charAt(separator) == '\r') {
                return -1;
            } else {
                k = separator;
            }
        }
        if (k < n && (text.charAt(k) == '"' || text.charAt(k) == '\'')) {
            k++;
        }
        int end = k;
        while (end < n && end - k <= 256 && text.charAt(end) > ' ' && "\"'<>,;)\\".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end > k && SecretAssignments.secret(false, text.substring(k, end)) ? end : -1;
    }

    private static int skipBlanks(String text, int k) {
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\n' || text.charAt(k) == '\r')) {
            k++;
        }
        return k;
    }
}
