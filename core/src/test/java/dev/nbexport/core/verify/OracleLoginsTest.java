package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Oracle connect strings ({@code name/password@database}) given to a driver or sqlplus are found; a dsn alone is not. */
class OracleLoginsTest {

    private static final TextScanner SCANNER = new TextScanner(ScanSettings.DEFAULTS);

    @ParameterizedTest
    @ValueSource(strings = {
        "import cx_Oracle\nconn = cx_Oracle.connect('scott/Kx9vR2qLm7@dbprod01:1521/ORCL')",
        "conn = oracledb.connect(\"scott/Kx9vR2qLm7@dbprod01:1521/ORCL\")",
        "conn = oracledb.connect(dsn='scott/Kx9vR2qLm7@dbprod01/ORCL')",
        "sqlplus -s scott/Kx9vR2qLm7@dbprod01:1521/ORCL @export.sql",
        "sqlplus scott/Kx9vR2qLm7",
    })
    void findsPasswordsInConnectStrings(String text) {
        PasswordArgumentsTest.assertFound(text, "Kx9vR2qLm7");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "conn = oracledb.connect(user=user, password=pw, dsn='localhost/XEPDB1')",
        "conn = oracledb.connect(user='scott', password=pw, dsn='dbprod01:1521/ORCL')",
        "conn = cx_Oracle.connect(f'{user}/{pw}@dbprod01/ORCL')",
        "conn = cx_Oracle.connect('scott/<password>@dbprod01/ORCL')",
        "sqlplus /nolog @export.sql",
        "sqlplus scott@dbprod01",
        "sqlplus $USER/$PASSWORD@dbprod01",
        "dependencies: ['pkg/sub@1.2']",
    })
    void dsnsVariablesAndPlaceholdersAreNotPasswords(String text) {
        assertEquals(List.of(), SCANNER.scan(text + "\n"), text);
    }
}
