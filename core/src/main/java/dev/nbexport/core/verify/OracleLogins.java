package dev.nbexport.core.verify;

import java.util.List;

/**
 * Part of the {@code credential} rule: Oracle's connect strings, {@code name/PASSWORD@host:port/service}
 * (or {@code name/PASSWORD} alone), given to {@code cx_Oracle.connect} or {@code oracledb.connect}
 * (first or as {@code dsn=}) and written after {@code sqlplus} (see {@link ShareCommands}). The shape
 * counts only there: elsewhere {@code a/b@c} is a path, a package or a reference.
 */
final class OracleLogins {

    private static final Keyword[] CALLS = Keyword.all("cx_Oracle.connect(", "oracledb.connect(", "cx_Oracle.Connection(",
        "oracledb.Connection(", "cx_Oracle.SessionPool(", "oracledb.create_pool(");
    /** What each of {@link #CALLS} ends in. */
    private static final Keyword[] CALL_ENDS = Keyword.all("connect(", "pool(");

    private OracleLogins() {
    }

    static void find(TextScanner.Scan scan) {
        if (!scan.mayContainAny(CALL_ENDS)) {
            return;
        }
        String text = scan.text;
        for (Keyword keyword : CALLS) {
            if (!scan.mayContain(keyword)) {
                continue;
            }
            String call = keyword.text;
            for (int at = text.indexOf(call); at >= 0; at = text.indexOf(call, at + 1)) {
                if (at > 0 && Credentials.isWord(text.charAt(at - 1))) {
                    continue;
                }
                List<CallArguments.Argument> arguments = CallArguments.read(text, at + call.length() - 1);
                for (int i = 0; i < arguments.size(); i++) {
                    CallArguments.Argument argument = arguments.get(i);
                    boolean connectString = argument.keyword() == null ? i == 0 : argument.keyword().equals("dsn");
                    String password = connectString && argument.literal() != null ? password(argument.literal(), true) : null;
                    if (password != null && SecretAssignments.secret(true, password)) {
                        scan.add(Rule.CREDENTIAL, at, argument.end(), "a password in a connect string");
                    }
                }
            }
        }
    }

    /**
     * The password of {@code name/PASSWORD@database} (or {@code name/PASSWORD} unless {@code database}
     * is asked for: a dsn's {@code host/service} has that shape), or null when the value has not that
     * shape: the name a word, the password without {@code /} or {@code :}.
     */
    static String password(String value, boolean database) {
        int slash = value.indexOf('/');
        if (slash <= 0) {
            return null;
        }
        for (int k = 0; k < slash; k++) {
            if (!Credentials.isWord(value.charAt(k)) && value.charAt(k) != '$' && value.charAt(k) != '#') {
                return null;
            }
        }
        int at = value.lastIndexOf('@');
        if (database && at < slash) {
            return null;
        }
        String password = at > slash ? value.substring(slash + 1, at) : value.substring(slash + 1);
        if (password.isEmpty() || password.indexOf('/') >= 0 || password.indexOf(':') >= 0) {
            return null;
        }
        return password;
    }
}
