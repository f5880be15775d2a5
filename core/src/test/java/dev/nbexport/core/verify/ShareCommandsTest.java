package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Passwords written into the commands that mount a share or log in are found; prompts, variables and placeholders are not. */
class ShareCommandsTest {

    private static final TextScanner SCANNER = new TextScanner(ScanSettings.DEFAULTS);

    @ParameterizedTest
    @ValueSource(strings = {
        "net use Z: \\\\fileserver01\\analytics /user:CORP\\jdoe Kx9!vR2qLm7",
        "NET USE Z: \\\\fileserver01\\analytics Kx9!vR2qLm7 /user:CORP\\jdoe /persistent:no",
        "smbclient //fileserver01/analytics -U 'CORP/jdoe%Kx9!vR2qLm7' -c 'get customers.csv'",
        "smbclient //fileserver01/analytics -UCORP/jdoe%Kx9!vR2qLm7",
        "lftp -u datadrop,'Kx9!vR2qLm7' sftp://files.acme.local -e 'mirror exports/ data/; quit'",
        "docker login -u jdoe -p 'Kx9!vR2qLm7' registry.acme.local",
        "docker login --username jdoe --password=Kx9!vR2qLm7 registry.acme.local",
        "az login --service-principal -u 8a1f2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d -p 'Kx9!vR2qLm7' --tenant acme.onmicrosoft.com",
    })
    void findsPasswordsInShareAndLoginCommands(String text) {
        PasswordArgumentsTest.assertFound(text, "Kx9!vR2qLm7");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "net use Z: \\\\fileserver01\\analytics /user:CORP\\jdoe",
        "net use Z: \\\\fileserver01\\analytics * /user:CORP\\jdoe",
        "net use Z: \\\\fileserver01\\analytics %SHARE_PW% /user:CORP\\jdoe",
        "net use Z: /delete",
        "smbclient //fileserver01/analytics -U jdoe",
        "smbclient //fileserver01/analytics -U \"jdoe%$SMB_PASSWORD\"",
        "lftp -u datadrop sftp://files.acme.local",
        "echo \"$TOKEN\" | docker login -u jdoe --password-stdin registry.acme.local",
        "docker login -u jdoe -p $REGISTRY_PASSWORD registry.acme.local",
        "docker run -p 8888:8888 jupyter/base-notebook",
        "az login --service-principal -u $APP_ID -p $SECRET --tenant $TENANT",
        "az login -u jdoe -p <password>",
    })
    void promptsVariablesAndPlaceholdersAreNotPasswords(String text) {
        assertEquals(List.of(), SCANNER.scan(text + "\n"), text);
    }
}
