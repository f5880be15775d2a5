package dev.nbexport.core.verify;

import java.util.List;

/**
 * Part of the {@code credential} rule: passwords written into the commands that mount a share or
 * log in to a file server, a registry or a cloud, judged as any assigned password is
 * ({@link SecretAssignments#secret}); the commands' words are read as {@link CommandLineCredentials}
 * reads them.
 *
 * <ul>
 * <li>{@code net use Z: \\server\share PASSWORD /user:DOMAIN\name}: the word that is neither the
 * drive, the share nor an option ({@code *} prompts).</li>
 * <li>{@code smbclient -U 'DOMAIN/name%PASSWORD'} (also {@code -Uname%...}, {@code --user=}).</li>
 * <li>{@code lftp -u name,PASSWORD}.</li>
 * <li>{@code docker login -p PASSWORD} and {@code az login -p PASSWORD} (also {@code --password}).</li>
 * <li>{@code sqlplus name/PASSWORD@database}.</li>
 * </ul>
 */
final class ShareCommands {

    /** A–Z and a–z are taken alike: {@code NET USE} and {@code net use} too. */
    private static final Keyword NET_USE = Keyword.of("net use");
    private static final Keyword DOCKER_LOGIN = Keyword.of("docker login");
    private static final Keyword AZ_LOGIN = Keyword.of("az login");
    private static final Keyword SMBCLIENT = Keyword.of("smbclient");
    private static final Keyword LFTP = Keyword.of("lftp");
    private static final Keyword SQLPLUS = Keyword.of("sqlplus");

    private ShareCommands() {
    }

    static void find(TextScanner.Scan scan) {
        if (scan.mayContain(NET_USE)) {
            for (String net : new String[] {"net", "NET"}) {
                for (List<CommandLineCredentials.Word> words : CommandLineCredentials.commands(scan, net, false)) {
                    netUse(scan, words);
                }
            }
        }
        if (scan.mayContain(SMBCLIENT)) {
            for (List<CommandLineCredentials.Word> words : CommandLineCredentials.commands(scan, "smbclient", false)) {
                userOption(scan, words, "-U", "--user", '%');
            }
        }
        if (scan.mayContain(LFTP)) {
            for (List<CommandLineCredentials.Word> words : CommandLineCredentials.commands(scan, "lftp", false)) {
                userOption(scan, words, "-u", "--user", ',');
            }
        }
        login(scan, "docker", DOCKER_LOGIN);
        login(scan, "az", AZ_LOGIN);
        if (scan.mayContain(SQLPLUS)) {
            for (List<CommandLineCredentials.Word> words : CommandLineCredentials.commands(scan, "sqlplus", false)) {
                sqlplus(scan, words);
            }
        }
    }

    /** {@code PROGRAM login}'s password option, in a text that may hold {@code command}. */
    private static void login(TextScanner.Scan scan, String program, Keyword command) {
        if (scan.mayContain(command)) {
            for (List<CommandLineCredentials.Word> words : CommandLineCredentials.commands(scan, program, false)) {
                if (!words.isEmpty() && words.get(0).value().equals("login")) {
                    passwordOption(scan, words);
                }
            }
        }
    }

    private static void netUse(TextScanner.Scan scan, List<CommandLineCredentials.Word> words) {
        if (words.isEmpty() || !words.get(0).value().equalsIgnoreCase("use")) {
            return;
        }
        for (int i = 1; i < words.size(); i++) {
            CommandLineCredentials.Word word = words.get(i);
            String value = word.value();
            boolean drive = i == 1 && (value.equals("*") || value.length() == 2 && value.charAt(1) == ':');
            if (drive || value.startsWith("\\\\") || value.startsWith("/") || value.equals("*")) {
                continue;
            }
            if (SecretAssignments.secret(true, value)) {
                scan.add(Rule.CREDENTIAL, words.get(0).start(), word.end(), "a password on a command line");
            }
            return;
        }
    }

    /** {@code short VALUE}, {@code shortVALUE}, {@code long=VALUE} or {@code long VALUE}, the password after {@code separator}. */
    private static void userOption(TextScanner.Scan scan, List<CommandLineCredentials.Word> words, String shortName,
            String longName, char separator) {
        for (int i = 0; i < words.size(); i++) {
            CommandLineCredentials.Word word = words.get(i);
            String value = word.value();
            CommandLineCredentials.Word last = word;
            if ((value.equals(shortName) || value.equals(longName)) && i + 1 < words.size()) {
                last = words.get(i + 1);
                value = last.value();
            } else if (value.startsWith(longName + "=")) {
                value = value.substring(longName.length() + 1);
            } else if (value.startsWith(shortName) && value.length() > shortName.length()) {
                value = value.substring(shortName.length());
            } else {
                continue;
            }
            int at = value.indexOf(separator);
            if (at >= 0 && SecretAssignments.secret(true, value.substring(at + 1))) {
                scan.add(Rule.CREDENTIAL, word.start(), last.end(), "a password on a command line");
            }
        }
    }

    /** {@code -p VALUE}, {@code --password VALUE} or {@code --password=VALUE}; {@code --password-stdin} reads it. */
    private static void passwordOption(TextScanner.Scan scan, List<CommandLineCredentials.Word> words) {
        for (int i = 0; i < words.size(); i++) {
            CommandLineCredentials.Word word = words.get(i);
            CommandLineCredentials.Word last = word;
            String value;
            if ((word.value().equals("-p") || word.value().equals("--password")) && i + 1 < words.size()) {
                last = words.get(i + 1);
                value = last.value();
            } else if (word.value().startsWith("--password=")) {
                value = word.value().substring(11);
            } else {
                continue;
            }
            if (!value.startsWith("-") && SecretAssignments.secret(true, value)) {
                scan.add(Rule.CREDENTIAL, word.start(), last.end(), "a password on a command line");
            }
        }
    }

    /** The first word that is not an option: {@code name/PASSWORD@database} or {@code name/PASSWORD}. */
    private static void sqlplus(TextScanner.Scan scan, List<CommandLineCredentials.Word> words) {
        for (CommandLineCredentials.Word word : words) {
            if (word.value().startsWith("-")) {
                continue;
            }
            String password = OracleLogins.password(word.value(), false);
            if (password != null && SecretAssignments.secret(true, password)) {
                scan.add(Rule.CREDENTIAL, word.start(), word.end(), "a password on a command line");
            }
            return;
        }
    }
}
