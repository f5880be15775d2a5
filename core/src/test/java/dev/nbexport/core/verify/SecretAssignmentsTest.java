package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.Preset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A password or secret given to a name that says so is found quoted or not, in code, configuration
 * and shells alike, and judged the same way; names, references and placeholders are not secrets.
 */
class SecretAssignmentsTest {

    private static final TextScanner SCANNER = new TextScanner(ScanSettings.DEFAULTS);
    private static final String SECRET = "Kx9!vR2qLm7";
    private static final String KEY = "Kx9vR2qLm7aP0wZt5NcQ8sJd";

    /** One credential hit, on the last line, covering the value, whose description does not repeat it. */
    private static void assertFound(String text, String value) {
        List<TextHit> hits = SCANNER.scan(text);
        assertEquals(List.of(Rule.CREDENTIAL), hits.stream().map(TextHit::rule).toList(), text);
        TextHit hit = hits.get(0);
        assertEquals(text.strip().split("\n").length, hit.line(), text);
        assertTrue(text.substring(hit.start(), hit.end()).contains(value), "the hit covers the value: " + text);
        assertFalse(hit.what().contains(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "default:\n  db:\n    host: sql01.acme.local\n    uid: svc_reporting\n    pwd: Kx9!vR2qLm7\n",
        "services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: Kx9!vR2qLm7\n",
        "services:\n  db:\n    environment:\n      - POSTGRES_PASSWORD=Kx9!vR2qLm7\n",
        "[crm]\nDriver=ODBC Driver 18 for SQL Server\nUID=svc_reporting\nPWD=Kx9!vR2qLm7\n",
        "[crm]\nServer=sql01\nPassword=Kx9!vR2qLm7\n",
        "[pypi]\nusername = __token__\npassword = Kx9!vR2qLm7  # the upload token\n",
        "export PGPASSWORD=Kx9!vR2qLm7\n",
        "PGPASSWORD=Kx9!vR2qLm7 psql -h db01 crm\n",
        "%env CRM_PASSWORD=Kx9!vR2qLm7\n",
        "import os\n%env CRM_PASSWORD Kx9!vR2qLm7\n",
        "conn = psycopg2.connect(\"host=sql01 dbname=crm user=svc_reporting password=Kx9!vR2qLm7\")\n",
        "spring.datasource.password=Kx9!vR2qLm7\n",
        "ENV DB_PASSWORD=Kx9!vR2qLm7\n",
    })
    void findsPasswordsWrittenWithoutQuotes(String text) {
        assertFound(text, SECRET);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "api:\n  token: Kx9vR2qLm7aP0wZt5NcQ8sJd\n",
        "export CRM_API_KEY=Kx9vR2qLm7aP0wZt5NcQ8sJd\n",
        "%env CRM_SECRET=Kx9vR2qLm7aP0wZt5NcQ8sJd\n",
    })
    void findsSecretsWrittenWithoutQuotes(String text) {
        assertFound(text, KEY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "database:\n  host: db01.acme.local\n  password: Sunshine\n",
        "[crm]\nServer=sql01\nPassword = Sunshine  # rotated in May\n",
        "DB_HOST=db01.acme.local\nDB_PASSWORD=Sunshine\n",
        "export PGPASSWORD=Sunshine\n",
        "%env CRM_PASSWORD=Sunshine\n",
    })
    void findsPasswordsOfOneCapitalisedWord(String text) {
        assertFound(text, "Sunshine");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "r = requests.get(\"https://api.acmecrm.com/v1/customers?api_key=Kx9vR2qLm7aP0wZt5NcQ8sJd&q=1\")\n",
        "GET /v1/orders?page=2&access_token=Kx9vR2qLm7aP0wZt5NcQ8sJd HTTP/1.1\" 200\n",
        "Download [the export](https://api.acmecrm.com/v1/export?key=Kx9vR2qLm7aP0wZt5NcQ8sJd).\n",
        "!curl 'https://api.acmecrm.com/v1/x?token=Kx9vR2qLm7aP0wZt5NcQ8sJd#top'\n",
        "u = \"https://acme.blob.core.windows.net/x/c.csv?sv=2022-11-02&sp=r&se=2026-12-31T00:00:00Z&sig=Kx9vR2qLm7aP0wZt5NcQ8sJd%3D\"\n",
        "u = 'https://acme.s3.amazonaws.com/c.csv?X-Amz-Expires=3600&X-Amz-Security-Token=Kx9vR2qLm7aP0wZt5NcQ8sJd%2F'\n",
    })
    void findsSecretsInUrlQueries(String text) {
        assertFound(text, KEY);
    }

    @Test
    void findsTheSignatureOfAPresignedUrl() {
        String signature = "3f9a1c7e5b2d8f4a6c0e9b1d7f3a5c8e2b4d6f0a9c1e3b5d7f9a2c4e6b8d0f1a";
        assertFound("https://acme.s3.amazonaws.com/c.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=3600"
                + "&X-Amz-SignedHeaders=host&X-Amz-Signature=" + signature + "\n", signature);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "os.environ[\"CRM_API_KEY\"] = \"Kx9vR2qLm7aP0wZt5NcQ8sJd\"\n",
        "os.environ['CRM_API_KEY'] = 'Kx9vR2qLm7aP0wZt5NcQ8sJd'\n",
        "os.environ.setdefault(\"CRM_API_KEY\", \"Kx9vR2qLm7aP0wZt5NcQ8sJd\")\n",
        "os.putenv('CRM_TOKEN', 'Kx9vR2qLm7aP0wZt5NcQ8sJd')\n",
        "Sys.setenv(CRM_API_KEY = \"Kx9vR2qLm7aP0wZt5NcQ8sJd\")\n",
        "Sys.setenv(\"CRM_API_KEY\" = \"Kx9vR2qLm7aP0wZt5NcQ8sJd\")\n",
        "config[\"db_password\"] = \"Kx9vR2qLm7aP0wZt5NcQ8sJd\"\n",
    })
    void findsSecretsSetInTheEnvironmentOrASubscript(String text) {
        assertFound(text, KEY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "password: ${DB_PASSWORD}",
        "password: \"{{ vault_db_password }}\"",
        "POSTGRES_PASSWORD: postgres",
        "POSTGRES_PASSWORD: changeme",
        "password: xxx",
        "password: '***'",
        "password: <password>",
        "password: ~",
        "password: null",
        "password: !vault |",
        "password: *default_password",
        "password: /run/secrets/db_password",
        "password:",
        "  password: The password of the database user.",
        "    password: str",
        "    password: Optional[str] = None",
        "    password: SecretStr",
        "    password: str = Field(..., min_length=8)",
        "export PGPASSWORD=$DB_PASSWORD",
        "export PGPASSWORD=\"$(cat /run/secrets/pg)\"",
        "PGPASSWORD=${PGPASSWORD:?} psql -h db01",
        "PWD=$(pwd)",
        "OLDPWD=/home/analyst",
        "%env CRM_PASSWORD=",
        "%env CRM_PASSWORD",
        "%env CRM_PASSWORD $PGPASSWORD",
        "%env CRM_PASSWORD is read by the client below",
        "password = getpass()",
        "password = getpass.getpass('Password: ')",
        "password = None",
        "password=password",
        "conn = connect(host=host, user=user, password=pw2)",
        "conn = connect(\n    host=host,\n    password=pw2,\n)",
        "password = settings.DB_PASSWORD",
        "password: process.env.DB_PASSWORD,",
        "SELECT * FROM users WHERE password = :password",
        "x = os.environ[\"CRM_API_KEY\"]",
        "key = os.environ.get('CRM_API_KEY')",
        "os.environ[\"CRM_API_KEY\"] = api_key",
        "os.environ[\"CRM_API_KEY\"] = getpass()",
        "os.environ.setdefault(\"CRM_API_KEY\", \"\")",
        "parser.add_argument(\"--password\", default=None)",
        "mysql --password=PASSWORD",
        "mysql --password=<password>",
        "token: ${{ secrets.GITHUB_TOKEN }}",
        "max_token: 2048",
        "password:yh^%#rest-of-my-password",
        "userPassword: UserPassword.",
        "    oauth_token=lsdkfol23w54jlksdef&oauth_token_secret=qwe089234lkjsdf&realms=movies+pics",
        "    token=45ghiukldjahdnhzdauz&token_type_hint=refresh_token",
        "url = 'https://127.0.0.1/callback?oauth_token=kjerht2309ufxq7a&oauth_verifier=w34o8967345'",
        "  $ {command} my-instance --location=us-east4 --password=123Abpassword",
        "  $ {command} my-trigger --secret=projects/my-project/secrets/my-secret/versions/2",
        "  password: Passwort",
        "  password: Optional",
        "  password: Hidden",
        "    password: Text",
        "    password: Sunshine is the default",
        "  password: Tiger",
        "PASSWORD=Password",
        "DB_PASSWORD=DbPassword",
        "url = f\"https://api.example.com/v1/x?api_key={api_key}&q=1\"",
        "url = \"https://api.example.com/v1/x?api_key=YOUR_API_KEY&q=1\"",
        "url = \"https://api.example.com/v1/x?token=%s\" % token",
        "url = \"https://api.example.com/v1/x?token=<token>\"",
        "url = \"https://api.example.com/v1/x?access_token=xxxxxxxxxxxxxxxxxxxxxxxx\"",
        "url = \"https://api.example.com/v1/x?q=Kx9vR2qLm7aP0wZt5NcQ8sJd\"",
        "url = \"https://www.googleapis.com/drive/v3/files?pageToken=Kx9vR2qLm7aP0wZt5NcQ8sJd\"",
        "url = \"http://calculator.s3.amazonaws.com/calc5.html?key=cf-2e351785-e821-450c-9d58-625e1e1ebfb6\"",
        "url = base + \"?sig=\" + sig",
        "    if password: return",
        "url = f\"{base}?token={token}&page=2\"",
    })
    void namesReferencesAndPlaceholdersAreNotSecrets(String line) {
        assertEquals(List.of(), SCANNER.scan(line + "\n"), line);
    }

    @Test
    void anEnvMagicInANotebookIsFoundInItsCell() throws Exception {
        String nb = "{\"cells\": [{\"cell_type\": \"code\", \"execution_count\": null, \"id\": \"c0\", \"metadata\": {}, \"outputs\": [],"
                + " \"source\": \"%env CRM_PASSWORD=" + KEY + "\"}], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}";
        List<Finding> findings = Nbexport.verify(NotebookSource.of("env.ipynb", nb.getBytes(StandardCharsets.UTF_8)),
                Preset.EXPORT.policy());
        assertEquals(List.of(Rule.CREDENTIAL), findings.stream().map(Finding::rule).toList());
        assertEquals("c0", findings.get(0).cellId());
        assertFalse(findings.get(0).toString().contains(KEY), findings.get(0).toString());
    }
}
