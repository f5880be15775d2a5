package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Keys given to Hadoop's file system settings are found however Spark sets them; names and references are not keys. */
class HadoopSecretsTest {

    private static final TextScanner SCANNER = new TextScanner(ScanSettings.DEFAULTS);
    private static final String KEY = "Kx9vR2qLm7aP0wZt5NcQ8sJdKx9vR2qLm7aP0wZt";

    @ParameterizedTest
    @ValueSource(strings = {
        "spark.conf.set('fs.azure.account.key.acmelake.dfs.core.windows.net', 'Kx9vR2qLm7aP0wZt5NcQ8sJdKx9vR2qLm7aP0wZt')",
        "spark.conf.set(\"spark.hadoop.fs.s3a.secret.key\", \"Kx9vR2qLm7aP0wZt5NcQ8sJdKx9vR2qLm7aP0wZt\")",
        "spark = (SparkSession.builder\n    .config(\"spark.hadoop.fs.s3a.secret.key\",\n            \"Kx9vR2qLm7aP0wZt5NcQ8sJdKx9vR2qLm7aP0wZt\")",
        "sc._jsc.hadoopConfiguration().set('fs.s3n.awsSecretAccessKey', 'Kx9vR2qLm7aP0wZt5NcQ8sJdKx9vR2qLm7aP0wZt')",
        "spark-submit --conf spark.hadoop.fs.s3a.secret.key=Kx9vR2qLm7aP0wZt5NcQ8sJdKx9vR2qLm7aP0wZt job.py",
        "spark.hadoop.fs.azure.account.oauth2.client.secret.acmelake.dfs.core.windows.net  Kx9vR2qLm7aP0wZt5NcQ8sJdKx9vR2qLm7aP0wZt",
        "<property>\n  <name>fs.s3a.secret.key</name>\n  <value>Kx9vR2qLm7aP0wZt5NcQ8sJdKx9vR2qLm7aP0wZt</value>",
    })
    void findsKeysInHadoopSettings(String text) {
        PasswordArgumentsTest.assertFound(text, KEY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "spark.conf.set('fs.azure.account.key.acmelake.dfs.core.windows.net', dbutils.secrets.get('kv', 'lake-key'))",
        "spark.conf.set('fs.s3a.secret.key', os.environ['AWS_SECRET_ACCESS_KEY'])",
        "spark.conf.set('fs.s3a.secret.key', '<your-secret-key>')",
        "spark.conf.set('fs.azure.account.key.acmelake.dfs.core.windows.net', '{{secrets/kv/lake-key}}')",
        "<name>fs.s3a.secret.key</name>\n<value>${env.AWS_SECRET}</value>",
        "spark.conf.set('fs.s3a.access.key.id', 'AKIDEXPORT')",
        "| fs.s3a.secret.key | The secret key of the bucket's account |",
        "spark.conf.set('fs.azure.account.auth.type', 'OAuth')",
    })
    void referencesAndPlaceholdersAreNotKeys(String text) {
        assertEquals(List.of(), SCANNER.scan(text + "\n"), text);
    }
}
