package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Passwords and keys handed to well-known calls by their place among the arguments are found;
 * names, prompts, the environment and placeholders in that place are not secrets, nor are literals
 * in other places or calls of other libraries that share the name.
 */
class PasswordArgumentsTest {

    private static final TextScanner SCANNER = new TextScanner(ScanSettings.DEFAULTS);
    private static final String SECRET = "Kx9!vR2qLm7";
    private static final String KEY = "Kx9vR2qLm7aP0wZt5NcQ8sJd";

    /**
     * One credential hit covering the value, on the line where the statement that gives it starts (the
     * value's own line or one before it), whose description does not repeat it.
     */
    static void assertFound(String text, String value) {
        List<TextHit> hits = SCANNER.scan(text);
        assertEquals(List.of(Rule.CREDENTIAL), hits.stream().map(TextHit::rule).toList(), text);
        TextHit hit = hits.get(0);
        assertTrue(hit.line() <= text.substring(0, text.indexOf(value)).split("\n", -1).length, text);
        assertTrue(text.substring(hit.start(), hit.end()).contains(value), "the hit covers the value: " + text);
        assertFalse(hit.what().contains(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "s = smtplib.SMTP('smtp.office365.com', 587)\ns.login('reports@acme.example', 'Kx9!vR2qLm7')",
        "m = imaplib.IMAP4_SSL('imap.acme.local')\nm.login(user, \"Kx9!vR2qLm7\")",
        "ftp = FTP('ftp.acme.local')\nftp.login('datadrop', 'Kx9!vR2qLm7')",
        "ftp = FTP('ftp.acme.local', 'datadrop', 'Kx9!vR2qLm7')",
        "conn = pymssql.connect('sql01.acme.local', 'analyst', 'Kx9!vR2qLm7', 'crm')",
        "conn = pymysql.connect(host, 'analyst', 'Kx9!vR2qLm7', 'crm')",
        "conn = pyodbc.connect('DSN=crm', 'analyst', 'Kx9!vR2qLm7')",
        "conn = cx_Oracle.connect('scott', 'Kx9!vR2qLm7', 'dbprod01/ORCL')",
        "from ldap3 import Server, Connection\nconn = Connection(Server('ldap://dc01'), 'CORP\\\\svc', 'Kx9!vR2qLm7', auto_bind=True)",
        "auth = TSC.TableauAuth('jdoe', 'Kx9!vR2qLm7', site_id='analytics')",
        "ctx = ClientContext(site).with_credentials(UserCredential('jdoe@acme.example', 'Kx9!vR2qLm7'))",
        "res <- GET(url, authenticate('svc_export', 'Kx9!vR2qLm7'))",
        "ch <- RODBC::odbcConnect('crm', 'analyst', 'Kx9!vR2qLm7')",
        "conn = jaydebeapi.connect('com.ibm.db2.jcc.DB2Driver', 'jdbc:db2://db2prod:50000/CRM', ['analyst', 'Kx9!vR2qLm7'], '/opt/db2jcc4.jar')",
        "keyring.set_password('crm-db', 'analyst', 'Kx9!vR2qLm7')",
        "import msoffcrypto\nf = msoffcrypto.OfficeFile(open('customers.xlsx', 'rb'))\nf.load_key('Kx9!vR2qLm7')",
        "key = paramiko.RSAKey.from_private_key_file('id_rsa', 'Kx9!vR2qLm7')",
        "conn = SMBConnection('jdoe', 'Kx9!vR2qLm7', 'laptop', 'fileserver01')",
        "s = smtplib.SMTP(host)\ns.login(\n    'reports@acme.example',\n    'Kx9!vR2qLm7',\n)",
    })
    void findsPasswordsGivenByTheirPlace(String text) {
        assertFound(text, SECRET);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "wandb.login(key='Kx9vR2qLm7aP0wZt5NcQ8sJd')",
        "auth = TSC.PersonalAccessTokenAuth('nbexport', 'Kx9vR2qLm7aP0wZt5NcQ8sJd', site_id='analytics')",
        "client = Minio('s3.acme.local', 'AKIDEXPORT', 'Kx9vR2qLm7aP0wZt5NcQ8sJd')",
    })
    void findsKeysGivenToCallsWithoutAProvidersPrefix(String text) {
        assertFound(text, KEY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "s.login(user, password)",
        "s.login(user, getpass.getpass())",
        "s.login(os.environ['SMTP_USER'], os.environ['SMTP_PASSWORD'])",
        "s.login('me@example.com', 'password')",
        "s.login('user', '<your-password>')",
        "s.login('user', '***')",
        "s.login('user', f'{pw}')",
        "s.login('reports@acme.example')",
        "conn = pymssql.connect(server, user, password, 'crm')",
        "conn = pymssql.connect(server='sql01', user='analyst', database='crm')",
        "conn = pyodbc.connect('DSN=crm')",
        "conn = Connection('sql01.acme.local', 5432, 'crm_reporting')",
        "f.load_key('keys/private.pem')",
        "keyring.set_password('crm-db', 'analyst', getpass())",
        "wandb.login(key=os.environ['WANDB_API_KEY'])",
        "wandb.login(key='short1')",
        "auth = TSC.PersonalAccessTokenAuth('nbexport', token_value, site_id='analytics')",
        "def login(self, user, password='x'):",
        "jaydebeapi.connect(cls, url, [user, password], jar)",
        "    >>> s.login('user', 'pass')",
        "self.server.login('testuser', 'testpw')",
        "smtp.login('psu', 'doesnotexist')",
        "import poplib\nself.assertOK(self.client.pass_('python'))",
        "s.login('user', 'my-smtp-password')",
    })
    void namesPromptsAndPlaceholdersInThatPlaceAreNotSecrets(String text) {
        assertEquals(List.of(), SCANNER.scan(text + "\n"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Minio(host]", "new Call(\"Minio(\", 2, \"secret_key\"), x]"})
    void aBracketClosingWhatTheCallDidNotOpenEndsItsReading(String text) {
        // It once read the same empty argument for ever, until the memory ran out (a 5 KB source file).
        assertEquals(List.of(), assertTimeoutPreemptively(Duration.ofSeconds(5), () -> SCANNER.scan(text + "\n")), text);
    }
}
