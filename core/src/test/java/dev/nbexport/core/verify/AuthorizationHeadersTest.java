package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HTTP Authorization values written out are found: Basic with a real password in its base64,
 * Bearer with a random token; values built in code, placeholders and prose are not.
 */
class AuthorizationHeadersTest {

    private static final TextScanner SCANNER = new TextScanner(ScanSettings.DEFAULTS);
    private static final String BASIC = Base64.getEncoder().encodeToString("svc_export:Kx9!vR2qLm7".getBytes(StandardCharsets.UTF_8));
    private static final String TOKEN = "Kx9vR2qLm7aP0wZt5NcQ8sJd";

    @Test
    void findsABasicPasswordInAHeadersDictionary() {
        PasswordArgumentsTest.assertFound("headers = {'Authorization': 'Basic " + BASIC + "'}", BASIC);
    }

    @Test
    void findsABasicPasswordInACurlHeader() {
        PasswordArgumentsTest.assertFound("curl -H \"Authorization: Basic " + BASIC + "\" https://crm.acme.local/api", BASIC);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "headers = {\"Authorization\": \"Bearer Kx9vR2qLm7aP0wZt5NcQ8sJd\"}",
        "req <- add_headers(Authorization = \"Bearer Kx9vR2qLm7aP0wZt5NcQ8sJd\")",
        "curl -H 'Authorization: Bearer Kx9vR2qLm7aP0wZt5NcQ8sJd' https://crm.acme.local/api",
    })
    void findsARandomBearerToken(String text) {
        PasswordArgumentsTest.assertFound(text, TOKEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "headers = {'Authorization': 'Basic ' + base64.b64encode(f'{user}:{pw}'.encode()).decode()}",
        "headers = {'Authorization': f'Bearer {token}'}",
        "headers = {'Authorization': 'Bearer <token>'}",
        "headers = {'Authorization': 'Bearer YOUR_API_TOKEN'}",
        "headers = {'Authorization': 'Bearer ' + token}",
        // the base64 of "user:password"
        "headers = {'Authorization': 'Basic dXNlcjpwYXNzd29yZA=='}",
        // the base64 of "Aladdin:open sesame", RFC 7617's example, holds no password to judge apart from its words
        "curl -H 'Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==' https://example.com",
        // RFC 6749's example, in oauthlib's docstrings
        "    Authorization: Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW",
        // test fixtures: xuser:xpassword, test:123 and a pound sign
        "self.getPage('/basic/', [('Authorization', 'Basic eHVzZXI6eHBhc3N3b3Jk')])",
        "self.assertEqual(response.body, b\"Basic dGVzdDoxMjPCow==\")",
        "The Authorization header takes Basic authentication or a Bearer token.",
    })
    void builtValuesPlaceholdersAndProseAreNotSecrets(String text) {
        assertEquals(List.of(), SCANNER.scan(text + "\n"), text);
    }
}
