package dev.nbexport.core.verify;

import java.util.List;

/**
 * Part of the {@code credential} rule: passwords and keys handed to well-known calls by their place
 * among the arguments, where no name says what they are ({@code smtp.login(user, "...")},
 * {@code pymssql.connect(host, user, "...", db)}), or to a keyword too short to say it
 * ({@code wandb.login(key="...")}). A table names each call, the argument that is the secret and how
 * it is judged: a password as one a person typed ({@link TypedPasswords}), a key as long and random
 * ({@link SecretAssignments#secret}). Names, calls, {@code getpass()} and {@code os.environ[...]}
 * are not literals and are never judged.
 *
 * <p>A call's name is matched where it ends a name ({@code smtplib.SMTP(...).login(},
 * {@code RODBC::odbcConnect(}), not inside a longer word. Names that other libraries use too
 * ({@code Connection}, {@code load_key}) count only in a text that names their library.
 */
final class PasswordArguments {

    /**
     * A call: its name as written before {@code (}, the position of the secret among the positional
     * arguments (-1: none), the keyword that gives it (or null), its place in a list given there (-1:
     * the argument itself), whether it is a password (else a key), and a word the text must hold.
     */
    private record Call(Keyword name, int position, String keyword, int element, boolean password, Keyword library) {
        Call(String name, int position, String keyword, int element, boolean password, String library) {
            this(Keyword.of(name), position, keyword, element, password, library == null ? null : Keyword.of(library));
        }
    }

    private static final Call[] CALLS = {
        // smtplib, imaplib, ftplib, and the many clients with a login(user, password) method
        new Call(".login(", 1, null, -1, true, null),
        new Call(".pass_(", 0, null, -1, true, "poplib"),
        new Call("FTP(", 2, null, -1, true, null),
        new Call("FTP_TLS(", 2, null, -1, true, null),
        // database drivers: connect(host, user, password, database)
        new Call("pymssql.connect(", 2, null, -1, true, null),
        new Call("_mssql.connect(", 2, null, -1, true, null),
        new Call("pymysql.connect(", 2, null, -1, true, null),
        new Call("MySQLdb.connect(", 2, null, -1, true, null),
        new Call("pyodbc.connect(", 2, null, -1, true, null),
        new Call("cx_Oracle.connect(", 1, null, -1, true, null),
        new Call("odbcConnect(", 2, null, -1, true, null),
        new Call("jaydebeapi.connect(", 2, null, 1, true, null),
        // directories, shares, web services
        new Call("Connection(", 2, null, -1, true, "ldap3"),
        new Call("SMBConnection(", 1, null, -1, true, null),
        new Call("UserCredential(", 1, null, -1, true, null),
        new Call("HttpNtlmAuth(", 1, null, -1, true, null),
        new Call("TableauAuth(", 1, null, -1, true, null),
        new Call("authenticate(", 1, null, -1, true, null),
        new Call("Credentials(", 1, null, -1, true, "exchangelib"),
        // stores and encrypted files
        new Call("keyring.set_password(", 2, null, -1, true, null),
        new Call("load_key(", 0, null, -1, true, "msoffcrypto"),
        new Call("from_private_key_file(", 1, null, -1, true, null),
        new Call("from_private_key(", 1, null, -1, true, null),
        // keys and tokens without a provider's prefix
        new Call("PersonalAccessTokenAuth(", 1, null, -1, false, null),
        new Call("wandb.login(", -1, "key", -1, false, null),
        new Call("Minio(", 2, "secret_key", -1, false, null),
    };

    private PasswordArguments() {
    }

    static void find(TextScanner.Scan scan) {
        for (Call call : CALLS) {
            if (scan.mayContain(call.name) && (call.library == null || scan.mayContain(call.library))) {
                find(scan, call);
            }
        }
    }

    private static void find(TextScanner.Scan scan, Call call) {
        String text = scan.text;
        String name = call.name.text;
        if (call.library != null && !text.contains(call.library.text)) {
            return;
        }
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            if (name.charAt(0) != '.' && at > 0 && Credentials.isWord(text.charAt(at - 1))) {
                continue;
            }
            List<CallArguments.Argument> arguments = CallArguments.read(text, at + name.length() - 1);
            CallArguments.Argument secret = secretArgument(call, arguments);
            if (secret == null) {
                continue;
            }
            String value = call.element < 0 ? secret.literal()
                    : call.element < secret.elements().size() ? secret.elements().get(call.element) : null;
            if (value != null && (call.password ? TypedPasswords.typed(value) : SecretAssignments.secret(false, value))) {
                scan.add(Rule.CREDENTIAL, at + (name.charAt(0) == '.' ? 1 : 0), secret.end(),
                        call.password ? "a password given to a call" : "a key given to a call");
            }
        }
    }

    /** The argument that holds the call's secret: at its place among the positional ones, or given to its keyword. */
    private static CallArguments.Argument secretArgument(Call call, List<CallArguments.Argument> arguments) {
        int position = 0;
        for (CallArguments.Argument argument : arguments) {
            if (argument.keyword() == null) {
                if (position++ == call.position) {
                    return argument;
                }
            } else if (argument.keyword().equals(call.keyword)) {
                return argument;
            }
        }
        return null;
    }
}
