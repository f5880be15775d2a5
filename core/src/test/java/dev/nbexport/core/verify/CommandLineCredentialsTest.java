package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Passwords written into a command's options or an HTTP authentication pair; prompts and variables are not passwords. */
class CommandLineCredentialsTest {

    private static final TextScanner SCANNER = new TextScanner(ScanSettings.DEFAULTS);
    private static final String SECRET = "Kx9vR2qLm7";

    @ParameterizedTest
    @ValueSource(strings = {
        "curl -u svc_reporting:Kx9vR2qLm7 https://crm.acme.local/api/export > customers.json",
        "!curl -s --user 'svc_reporting:Kx9vR2qLm7' https://crm.acme.local/api",
        "curl --user=svc_reporting:Kx9vR2qLm7 https://crm.acme.local/api",
        "curl -X GET \\\n  -u \"svc_reporting:Kx9vR2qLm7\" \\\n  https://crm.acme.local/api",
        "curl -X GET \\\r\n  -u \"svc_reporting:Kx9vR2qLm7\" \\\r\n  https://crm.acme.local/api",
        "curl\t-u svc_reporting:Kx9vR2qLm7 https://crm.acme.local/api",
        "mysql -h db01 -u svc_reporting -pKx9vR2qLm7 crm < export.sql",
        "mysqldump -u etl -p'Kx9vR2qLm7' crm > crm.sql",
        "!mysqldump --password=Kx9vR2qLm7 crm > crm.sql",
        "sshpass -p \"Kx9vR2qLm7\" scp analyst@10.0.0.5:/data/customers.csv .",
        "sshpass -pKx9vR2qLm7 ssh analyst@10.0.0.5",
        "r = requests.get(\"https://crm.acme.local/api/customers\", auth=(\"svc_reporting\", \"Kx9vR2qLm7\"))",
        "r = requests.get(url, auth=(user, 'Kx9vR2qLm7'))",
        "r = httpx.get(url, auth=HTTPBasicAuth('svc_reporting', 'Kx9vR2qLm7'))",
        "es = Elasticsearch(hosts, basic_auth=(\"elastic\", \"Kx9vR2qLm7\"))",
        "acmectl login --admin-password=Kx9vR2qLm7",
        "!psql -h db01 --password Kx9vR2qLm7",
        "subprocess.run([\"acmectl\", \"login\", \"--password\", \"Kx9vR2qLm7\"])",
        "RUN acmectl configure --db-password 'Kx9vR2qLm7' && acmectl sync",
        "  - run: ./deploy --api-key=Kx9vR2qLm7aP0wZt5NcQ8sJd",
        "vault login --token Kx9vR2qLm7aP0wZt5NcQ8sJd",
        "  - run: docker login -u acmebot -p Kx9vR2qLm7 registry.acme.local",
        "redis-cli -h cache01 -a Kx9vR2qLm7 ping",
        "sqlcmd -S db01 -U sa -P Kx9vR2qLm7 -Q \"SELECT 1\"",
    })
    void findsPasswordsOnCommandLinesAndInAuthPairs(String line) {
        String text = "# fetch\n" + line + "\n";
        List<TextHit> hits = SCANNER.scan(text);
        assertEquals(List.of(Rule.CREDENTIAL), hits.stream().map(TextHit::rule).toList(), line);
        assertEquals(text.substring(0, text.indexOf(SECRET)).split("\n", -1).length, hits.get(0).line(), line);
        assertTrue(text.substring(hits.get(0).start(), hits.get(0).end()).contains(SECRET), line);
        assertFalse(hits.get(0).what().contains(SECRET));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "curl -u username:password https://api.example.com",
        "curl -u \"$API_USER:$API_PASSWORD\" https://crm.acme.local/api",
        "curl -u ${USER}:${PASS} https://crm.acme.local/api",
        "curl -u svc_reporting https://crm.acme.local/api  # prompts for the password",
        "curl -u svc_reporting: https://crm.acme.local/api",
        "curl -u elastic:changeme localhost:9200",
        "curl -u admin:*** https://crm.acme.local/api",
        "curl https://crm.acme.local/api | sort -u ab:cd12ef",
        "mysql -u root -p crm",
        "mysql -h db01 -u etl -p -e 'SELECT 1'",
        "mysql -u etl -p\"$MYSQL_PASSWORD\" crm",
        "mysql -u etl -p<password> crm",
        "mysql -u etl -P 3306 -p crm",
        "import mysql.connector  # mysql -pX9z",
        "sshpass -p \"$SSHPASS\" ssh analyst@10.0.0.5",
        "sshpass -e ssh analyst@10.0.0.5",
        "sshpass -f ~/.pw ssh -p 2222 analyst@10.0.0.5",
        "sshpass -p password ssh analyst@host",
        "r = requests.get(url, auth=(user, password))",
        "r = requests.get(url, auth=('user', 'pass'))",
        "r = requests.get(url, auth=HTTPBasicAuth('user', 'password'))",
        "r = requests.get(url, auth=(os.environ['U'], os.environ['P']))",
        "r = requests.get(url, auth=('api', '<your-api-key>'))",
        "session.auth = (user, getpass())",
        "if auth == ('a', 'Kx9vR2qLm7'): pass",
        "oauth = ('client', 'Kx9vR2qLm7x')",
        "sim_auth = ('Mr.A@somewhere.com', 'somepassword')",
        "wrong_auth = (\"wronguser\", \"wrongpass\")",
        "docker login -u acmebot --password-stdin < pw.txt",
        "acmectl login --password-file /run/secrets/pw",
        "acmectl login --password \"$ACME_PASSWORD\"",
        "acmectl deploy --token ${{ secrets.DEPLOY_TOKEN }}",
        "acmectl login --password PASSWORD",
        "acmectl login --password <password>",
        "acmectl login --password\nKx9vR2qLm7",
        "acmectl create --generate-password my-instance",
        "acmectl create --oracle-password=fakepassword --domain-password secretPassword123",
        "  $ {command} my-instance --location=us-east4 --display-name=x \\\n     --admin-password=123Abpassdord",
        "  $ {command} my-instance --display-name=x \\\r\n     --admin-password=123Abpassdord",
        "acmectl list --page-token=Kx9vR2qLm7aP0wZt5NcQ8sJd",
        "acmectl deploy --token Kx9vR2qLm7",
        "parser.add_argument(\"--password\", \"-p\", help=\"the password\")",
        "@click.option(\"--token\", \"auth_token\")",
        "subprocess.run([\"acmectl\", \"--password\", password])",
        "Give the password with --password or the token with --token.",
        "docker run -p 8080:80 nginx",
        "redis-cli -a \"$REDIS_PASSWORD\" ping",
        "sqlcmd -S db01 -U sa -P $SA_PASSWORD",
    })
    void promptsVariablesAndPlaceholdersAreNotPasswords(String line) {
        assertEquals(List.of(), SCANNER.scan(line + "\n"), line);
    }
}
