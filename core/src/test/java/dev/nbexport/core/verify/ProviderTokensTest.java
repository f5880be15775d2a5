package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Provider tokens are found by their prefix, length and alphabet; names that begin alike are not tokens. */
class ProviderTokensTest {

    private static final TextScanner SCANNER = new TextScanner(ScanSettings.DEFAULTS);

    /** One credential hit on the line, covering the token, whose description does not repeat it. */
    private static void assertToken(String line, String token, String what) {
        List<TextHit> hits = SCANNER.scan("import os\n" + line + "\n");
        assertEquals(List.of(Rule.CREDENTIAL), hits.stream().map(TextHit::rule).toList(), line);
        TextHit hit = hits.get(0);
        assertEquals(2, hit.line());
        assertEquals(what, hit.what());
        String text = "import os\n" + line + "\n";
        assertTrue(text.substring(hit.start(), hit.end()).contains(token), "the hit covers the token");
        assertFalse(hit.what().contains(token));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "client = OpenAI(api_key=\"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\")",
        "x = 'sk-proj-CfrL1spNxnyVmihA_2O76UMFxFkM_R5Kjp1vRt-1fjORS_6ilI8ihN5KXSc7Tvo_hBKqFYY_kvT3BlbkFJ5ZJr3J1TWDtkwtDDb-xH'",
        "x = \"sk-proj-Ab3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9fG1hJ3kL5mN7pQ9rS1tU3vW\"",
        "OPENAI_KEY=sk-svcacct-Zq8vN3kLp2Xw7Rt5Yb9Mc4Hd6Jf1Gs0Ka3Ue8Wi2Tq7Lm",
    })
    void findsOpenAiKeys(String line) {
        assertToken(line, "sk-", "an OpenAI API key");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "client = anthropic.Anthropic(api_key=\"sk-ant-api03-AUsdMlHUvTCQCyEZDz_TddJ8HyS5SUkCnD8zRA9a9SkpXz9w3QlY7Zkuvqdt7s8Stqcbnr3yBdGBLEPH1qhT61qtc4xatAA\")",
    })
    void findsAnthropicKeys(String line) {
        assertToken(line, "sk-ant-", "an Anthropic API key");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "login(\"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\")",
        "x = \"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\"",
    })
    void findsHuggingFaceTokens(String line) {
        assertToken(line, "_ljENUhJduRHHJEYXgJdpmrcXgGCJbWeCuN", "a Hugging Face token");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "x = \"AIzazJ59FHz5r1pY4OjE2jBMptUsGr7CmY-uCu3\"",
    })
    void findsGoogleApiKeysOfTheirLength(String line) {
        assertToken(line, "AIza", "a Google API key");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CONN = \"DefaultEndpointsProtocol=https;AccountName=acmelake;AccountKey=zq3XZLajL7sJrerhCcSplyA5dTUrh4sUXIpC2ITPTP2nLY4dXdkliQgthSpxIoc+6AWt1YlCFno4UoYZXGefnA==;EndpointSuffix=core.windows.net\"",
    })
    void findsAzureStorageKeysInConnectionStrings(String line) {
        assertToken(line, "AccountKey=zq3X", "an Azure storage account key");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "bus = \"Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=aZTkW4qxCYASBwlh833kNt39yZ1uda9lR8+xG0IHJII=\"",
    })
    void findsAzureSharedAccessKeys(String line) {
        assertToken(line, "SharedAccessKey=aZTk", "an Azure shared access key");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "WEBHOOK = \"https://hooks.slack.com/services/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\"",
        "curl -X POST -d @msg.json https://hooks.slack.com/services/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",
    })
    void findsSlackWebhookUrls(String line) {
        assertToken(line, "/T1KDFY6SP/BSC3LKR2AQX/9vJupc94tnwlavyfErGPmpGX", "a Slack webhook URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SENDGRID_KEY = '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'",
        "sg = SendGridAPIClient(\"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\")",
    })
    void findsSendGridKeys(String line) {
        assertToken(line, "SG.Kx9v", "a SendGrid API key");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"username\":\"jdoe_ds\",\"key\":\"3c8e1f0a9b7d2e4f6a1c5b9d0e7f3a2b\"}",
        "os.environ['KAGGLE_KEY'] = '3c8e1f0a9b7d2e4f6a1c5b9d0e7f3a2b'",
    })
    void findsKaggleKeys(String line) {
        assertToken(line, "3c8e1f0a9b7d2e4f6a1c5b9d0e7f3a2b", "a Kaggle API key");
    }

    @Test
    void findsAKaggleKeyInKaggleYaml() {
        List<TextHit> hits = SCANNER.scan("username: jdoe_ds\nkey: 3c8e1f0a9b7d2e4f6a1c5b9d0e7f3a2b\n");
        assertEquals(List.of("a Kaggle API key"), hits.stream().map(TextHit::what).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "from sklearn.linear_model import LogisticRegression  # sk-learn",
        "name = 'sk-learn-estimator-checks-for-regressors-and-classifiers-v2'",
        "x = 'sk-abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuv'",
        "OPENAI_API_KEY = 'sk-...'",
        "OPENAI_API_KEY = 'sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'",
        "client = OpenAI(api_key='sk-your-key-here')",
        "path = hf_hub_download(repo_id='bert-base-uncased', filename='config.json')",
        "token = 'hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'",
        "def hf_load_dataset_from_the_hub_and_cache_it_locally(): pass",
        "x = 'hf_abcdefghijklmnopqrstuvwxyzabcdefgh'",
        "x = 'AIzaSyAb3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY'",
        "SLACK = 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'",
        "SLACK = 'https://hooks.slack.com/services/YOUR/WEBHOOK/URL'",
        "AZURITE = 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;'",
        "CONN = 'DefaultEndpointsProtocol=https;AccountName=acme;AccountKey={account_key};EndpointSuffix=core.windows.net'",
        "CONN = 'AccountName=acme;AccountKey=<your-account-key>;'",
        "SENDGRID_KEY = 'SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'",
        "msg = 'SG.' + key_id + '.' + secret",
        "{\"username\": \"jdoe\", \"key\": \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}",
        "cache = {'key': 'd41d8cd98f00b204e9800998ecf8427e', 'size': 0}",
        "{\"username\": \"jdoe\", \"api_key_hash\": \"3c8e1f0a9b7d2e4f6a1c5b9d0e7f3a2b\"}",
    })
    void lookalikesAndPlaceholdersAreNotTokens(String line) {
        assertEquals(List.of(), SCANNER.scan(line + "\n"), line);
    }
}
