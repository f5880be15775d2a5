package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Passwords written for people in a table's password column or right after the word password in
 * prose are found; documentation that names a password without giving one is not.
 */
class DocumentedPasswordsTest {

    private static final TextScanner SCANNER = new TextScanner(ScanSettings.DEFAULTS);

    @ParameterizedTest
    @ValueSource(strings = {
        "## Access\n\n| system | user | password |\n|---|---|---|\n| CRM replica | analyst | Kx9!vR2qLm7 |\n",
        "| System | User | **Password** |\n| :-- | :-- | :-- |\n| SFTP | datadrop | `Kx9!vR2qLm7` |\n",
        "Connect with user `analyst` and password `Kx9!vR2qLm7` (ask for a new one when it expires).\n",
        "The password is `Kx9!vR2qLm7`.\n",
        "- Password: `Kx9!vR2qLm7`\n",
    })
    void findsPasswordsWrittenForPeople(String text) {
        PasswordArgumentsTest.assertFound(text, "Kx9!vR2qLm7");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "| parameter | type | password |\n|---|---|---|\n| user | str | no |\n| pw | str | yes |\n",
        "| name | password |\n|---|---|\n| admin | `<set on first login>` |\n| jdoe | see the vault |\n| svc | *** |\n",
        "| name | password |\n|---|---|\n| dev | postgres |\n| ci | `${CI_DB_PASSWORD}` |\n",
        "Set the password `DB_PASSWORD` in your environment.\n",
        "The password `str` argument is optional.\n",
        "Pass the password `getpass()` returns.\n",
        "The default password is `changeme`.\n",
        "Keep the password out of the repository.\n",
        "password `--password-stdin`\n",
        "  with admin-password `123Xyzpassdord`, cidr `12.2.0.0/24`\n",
        "To generate a wallet with password `123Abpassword`, run:\n",
        "a private key password `my-pvk-password`\n",
        "for a user with username `user` and password `he//o` accessing a\n",
    })
    void documentationThatGivesNoPasswordIsClean(String text) {
        assertEquals(List.of(), SCANNER.scan(text + "\n"), text);
    }
}
