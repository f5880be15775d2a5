package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Passwords given to the short keys {@code pass} and {@code pw} are found; other words, numbers and names are not. */
class ShortPasswordNamesTest {

    private static final TextScanner SCANNER = new TextScanner(ScanSettings.DEFAULTS);

    @ParameterizedTest
    @ValueSource(strings = {
        "crm:\n  outputs:\n    prod:\n      type: postgres\n      user: analyst\n      pass: Kx9!vR2qLm7\n",
        "[sftp]\nhost = sftp.acme.local\nuser = datadrop\npw = Kx9!vR2qLm7\n",
        "DB_PASS=Kx9!vR2qLm7\n",
        "smtpPw = \"Kx9!vR2qLm7\"  # the relay's\n",
    })
    void findsPasswordsGivenToShortKeys(String text) {
        PasswordArgumentsTest.assertFound(text, "Kx9!vR2qLm7");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "pw = 0.25",
        "pw = 12",
        "pass: true",
        "pass: \"{{ env_var('DBT_PASSWORD') }}\"",
        "pw = getpass()",
        "pw = os.environ['PW']",
        "pw = settings.PW",
        "pw = password",
        "bypass = 'Kx9!vR2qLm7'",
        "compass: N42x",
        "    pass",
        "pw = pw_new",
        "pass: ${DB_PASS}",
        "x.pw = 'Kx9!vR2qLm7'",
    })
    void numbersNamesAndOtherWordsAreNotPasswords(String text) {
        assertEquals(List.of(), SCANNER.scan(text + "\n"), text);
    }
}
