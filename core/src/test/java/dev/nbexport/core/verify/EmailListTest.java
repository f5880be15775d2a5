package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nbexport.core.Nbexport;
import dev.nbexport.core.bundle.BundlePolicy;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.AcceptedFinding;
import dev.nbexport.core.policy.InvalidPolicyException;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.PolicyFile;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.policy.VerifySettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code email-list}: a text holding ten or more distinct addresses of people is a list of them, an
 * error under both presets, reported once beside each address's {@code email} warning.
 */
class EmailListTest {

    private static final String[] FIRST = {"anna", "ben", "carla", "dmitri", "elif", "farid", "greta", "hugo", "ines",
            "jonas", "kira", "lars", "mona", "nils", "olga", "pavel", "quentin", "rosa", "sven", "tara"};
    private static final String[] LAST = {"meyer", "novak", "okafor", "petit", "quinn", "rossi", "sato", "tanaka", "uhl",
            "varga", "weber", "xu", "yilmaz", "zimmer"};
    private static final String[] DOMAINS = {"gmail.com", "web.de", "kunde-mail.de", "outlook.com", "acme-logistik.de",
            "posteo.net", "orange.fr"};

    @TempDir
    Path dir;

    /** Customer-like addresses: distinct people at a handful of real-looking providers. */
    private static List<String> people(int count) {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            addresses.add(FIRST[i % FIRST.length] + "." + LAST[i % LAST.length] + (i >= FIRST.length ? i : "") + "@"
                    + DOMAINS[i % DOMAINS.length]);
        }
        return addresses;
    }

    private static String markdown(List<String> addresses) {
        StringBuilder text = new StringBuilder("# Mailing for the spring campaign\n\nPlease contact:\n\n");
        addresses.forEach(a -> text.append("- ").append(a).append('\n'));
        return text.append("\nThanks!\n").toString();
    }

    private static String codeList(List<String> addresses) {
        StringBuilder text = new StringBuilder("import smtplib\n\nrecipients = [\n");
        addresses.forEach(a -> text.append("    \"").append(a).append("\",\n"));
        return text.append("]\nfor r in recipients:\n    send(r)\n").toString();
    }

    private static String csv(List<String> addresses) {
        StringBuilder text = new StringBuilder("id;name;email;plz\n");
        for (int i = 0; i < addresses.size(); i++) {
            String a = addresses.get(i);
            text.append(1000 + i).append(';').append(a, 0, a.indexOf('.')).append(';').append(a).append(';').append(10115 + i)
                    .append('\n');
        }
        return text.toString();
    }

    private static String notebook(String cellType, String source) throws Exception {
        String cell = "{\"cell_type\": \"" + cellType + "\", \"id\": \"c1\", \"metadata\": {}, \"source\": "
                + new ObjectMapper().writeValueAsString(source)
                + (cellType.equals("code") ? ", \"execution_count\": null, \"outputs\": []" : "") + "}";
        return "{\"cells\": [" + cell + "], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}";
    }

    private static List<Finding> lists(List<Finding> findings) {
        return findings.stream().filter(f -> f.rule() == Rule.EMAIL_LIST).toList();
    }

    private List<Finding> verifyText(String name, String text, Policy policy) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return Nbexport.verifyFile(file, policy);
    }

    private static List<Finding> verifyNotebook(String cellType, String source, Policy policy) throws Exception {
        return Nbexport.verify(NotebookSource.of("n.ipynb", notebook(cellType, source).getBytes(StandardCharsets.UTF_8)), policy);
    }

    /** The one email-list finding, checked for place, size, hash and that it never shows an address. */
    private static Finding theList(List<Finding> findings, String text, List<String> addresses) {
        List<Finding> found = lists(findings);
        assertEquals(1, found.size(), findings.toString());
        Finding list = found.get(0);
        int start = text.indexOf(addresses.get(0));
        String last = addresses.get(addresses.size() - 1);
        String span = text.substring(start, text.lastIndexOf(last) + last.length());
        assertEquals(Severity.ERROR, list.severity());
        assertEquals("a list of " + addresses.size() + " distinct e-mail addresses", list.message());
        assertEquals(span.getBytes(StandardCharsets.UTF_8).length, list.size(), "from the first address to the last");
        assertEquals(Hashes.of(span), list.sha256(), "hashed as other text findings hash their value");
        for (String address : addresses) {
            assertFalse(list.toString().contains(address), "a report never shows the data");
        }
        assertEquals(addresses.size(), findings.stream().filter(f -> f.rule() == Rule.EMAIL).count(),
                "each address is still its own warning");
        return list;
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 14, 50})
    void aPlantedListIsOneErrorUnderBothPresetsWhereverItIs(int count) throws Exception {
        List<String> addresses = people(count);
        for (Policy policy : List.of(Preset.NBSTRIPOUT.policy(), Preset.EXPORT.policy())) {
            String md = markdown(addresses);
            Finding inMarkdown = theList(verifyNotebook("markdown", md, policy), md, addresses);
            assertEquals(0, inMarkdown.cellIndex());
            assertEquals("/cells/0/source", inMarkdown.pointer());
            assertEquals(1, inMarkdown.line(), "the notebook's one line, which holds the source string whole");

            String code = codeList(addresses);
            assertEquals(1, theList(verifyNotebook("code", code, policy), code, addresses).line());

            String table = csv(addresses);
            assertEquals(2, theList(verifyText("customers.txt", table, policy), table, addresses).line());
            assertEquals(5, theList(verifyText("mailing.md", md, policy), md, addresses).line());
        }
    }

    @Test
    void nineAddressesAreNoList() throws Exception {
        for (String text : List.of(markdown(people(9)), codeList(people(9)), csv(people(9)))) {
            List<Finding> findings = verifyText("nine.txt", text, Preset.EXPORT.policy());
            assertEquals(List.of(), lists(findings));
            assertEquals(9, findings.stream().filter(f -> f.rule() == Rule.EMAIL).count());
        }
    }

    @Test
    void documentationSamplesAndReservedNamesDoNotCount() throws Exception {
        List<String> samples = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            samples.add("user" + i + "@example.com");
        }
        assertEquals(List.of(), lists(verifyText("doc.md", markdown(samples), Preset.EXPORT.policy())));

        List<String> reserved = List.of("alice@example.org", "bob@example.net", "carol@mail.example.com", "dave@example.edu",
                "erin@host.test", "frank@foo.invalid", "grace@printer.localhost", "heidi@corp.example", "ivan@localhost",
                "judy@example.co.uk", "mallory@sub.example.org", "oscar@test.example", "peggy@my.test");
        assertEquals(List.of(), lists(verifyText("rfc2606.md", markdown(reserved), Preset.EXPORT.policy())));

        // Nine people among many samples are still nine.
        List<String> mixed = new ArrayList<>(samples);
        mixed.addAll(people(9));
        assertEquals(List.of(), lists(verifyText("mixed.md", markdown(mixed), Preset.EXPORT.policy())));
    }

    @Test
    void oneAddressRepeatedIsOnePerson() throws Exception {
        String text = "owner = 'jane.doe@acme-corp.de'\n".repeat(30);
        assertEquals(List.of(), lists(verifyText("repeated.py", text, Preset.EXPORT.policy())));
        String cased = "To: Jane.Doe@Acme-Corp.de\n" + "cc: jane.doe@ACME-CORP.DE\n".repeat(12) + markdown(people(8));
        assertEquals(List.of(), lists(verifyText("cased.md", cased, Preset.EXPORT.policy())), "nine people, one in two cases");
    }

    @Test
    void plusAliasesAreAddressesButAliasesOfOneMailboxAreOnePerson() throws Exception {
        List<String> aliases = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            aliases.add("Jane.Doe+shop" + i + "@acme-corp.de");
        }
        List<Finding> oneMailbox = verifyText("aliases.md", markdown(aliases), Preset.EXPORT.policy());
        assertEquals(12, oneMailbox.stream().filter(f -> f.rule() == Rule.EMAIL).count(), "each alias reaches a person");
        assertEquals(List.of(), lists(oneMailbox), "one person");

        List<String> tagged = new ArrayList<>();
        for (String address : people(10)) {
            tagged.add(address.replace("@", "+news@"));
        }
        String text = markdown(tagged);
        theList(verifyText("tagged.md", text, Preset.EXPORT.policy()), text, tagged);
        List<String> nine = new ArrayList<>(people(9));
        nine.add(nine.get(0).replace("@", "+jobs@"));
        assertEquals(List.of(), lists(verifyText("nine.md", markdown(nine), Preset.EXPORT.policy())), "nine people, one twice");
    }

    @Test
    void noReplySendersAndAddressesInAUrlsPathDoNotCount() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            text.append("noreply@shop").append(i).append(".de, 1234").append(i).append("+user").append(i)
                    .append("@users.noreply.github.com\n");
            text.append("https://lists.shop").append(i).append(".org/archives/list/dev").append(i).append("@lists.shop")
                    .append(i).append(".org/\n");
            text.append("https://cdn.jsdelivr.net/npm/pkg").append(i).append("@1.2.").append(i).append("/dist/x.js\n");
            text.append("<otherArchive>http://www.mail-archive.com/dev").append(i).append("@shop").append(i).append(".org/</otherArchive>\n");
            text.append("name=\"//iam.googleapis.com/projects/p/serviceAccounts/sa").append(i).append("@p.iam.gserviceaccount.com\"\n");
        }
        assertEquals(List.of(), lists(verifyText("links.md", text.toString(), Preset.EXPORT.policy())));
    }

    @Test
    void customersInAnotherHostsUrlsCountWhetherInThePathOrEncodedInTheQuery() throws Exception {
        List<String> addresses = people(12);
        StringBuilder inPaths = new StringBuilder();
        StringBuilder inQueries = new StringBuilder();
        for (int i = 0; i < addresses.size(); i++) {
            inPaths.append("2024-03-01T10:").append(10 + i).append(":02Z GET https://crm.acme.local/api/v2/customers/")
                    .append(addresses.get(i)).append("/invoices 200\n");
            inQueries.append("2024-03-01T10:").append(10 + i).append(":02Z GET https://crm.acme.local/api/v2/customers?email=")
                    .append(addresses.get(i).replace("@", "%40")).append(" 200\n");
        }
        String paths = inPaths.toString();
        theList(verifyText("api_calls.txt", paths, Preset.EXPORT.policy()), paths, addresses);
        String queries = inQueries.toString();
        List<String> encoded = addresses.stream().map(address -> address.replace("@", "%40")).toList();
        theList(verifyText("api_calls_query_encoded.txt", queries, Preset.EXPORT.policy()), queries, encoded);
    }

    @Test
    void theThresholdIsAPolicySetting() throws Exception {
        Policy five = Preset.EXPORT.policy().toBuilder()
                .verify(new VerifySettings(Map.of(), Map.of("email-list-min-count", 5))).build();
        String text = markdown(people(6));
        assertEquals(1, lists(verifyText("six.md", text, five)).size());
        Policy twenty = Preset.NBSTRIPOUT.policy().toBuilder()
                .verify(new VerifySettings(Map.of(), Map.of("email-list-min-count", 20))).build();
        assertEquals(List.of(), lists(verifyText("fourteen.md", markdown(people(14)), twenty)));
        assertEquals(10, ScanSettings.DEFAULTS.emailListMinCount());

        Path yaml = Files.writeString(dir.resolve("p.yaml"), "verify:\n  email-list-min-count: 12\n");
        assertEquals(12, PolicyFile.read(yaml).verify().thresholds().get("email-list-min-count"));
        Files.writeString(yaml, "verify:\n  email-list-min-count: 0\n");
        InvalidPolicyException refused = assertThrows(InvalidPolicyException.class, () -> PolicyFile.read(yaml));
        assertTrue(refused.getMessage().endsWith("verify.email-list-min-count: expected a whole number, 1 or more"),
                refused.getMessage());
    }

    @Test
    void aBundlePolicyThatRaisesTheThresholdOrSoftensTheRuleLoosensTheExportPreset() {
        Policy export = Preset.EXPORT.policy();
        Policy raised = export.toBuilder().verify(export.verify().with(new VerifySettings(Map.of(), Map.of("email-list-min-count", 11)))).build();
        assertEquals(List.of("verify.email-list-min-count"), BundlePolicy.looserThanExport(raised));
        Policy lowered = export.toBuilder().verify(export.verify().with(new VerifySettings(Map.of(), Map.of("email-list-min-count", 5)))).build();
        assertEquals(List.of(), BundlePolicy.looserThanExport(lowered));
        Policy warning = export.toBuilder().verify(export.verify().with(new VerifySettings(Map.of("email-list", "warning"), Map.of()))).build();
        assertEquals(List.of("verify.rules"), BundlePolicy.looserThanExport(warning));
    }

    @Test
    void aReviewedListCanBeAcceptedByItsHashUntilItChanges() throws Exception {
        String contributors = "Thanks to everyone who sent patches:\n\n" + String.join("\n", people(12)) + "\n";
        Path file = dir.resolve("CONTRIBUTORS");
        Files.writeString(file, contributors);
        Finding list = lists(Nbexport.verifyFile(file, Preset.EXPORT.policy())).get(0);
        assertTrue(AcceptedFinding.RULES.contains("email-list"));
        assertTrue(Acceptances.canBeAccepted(list));

        Policy export = Preset.EXPORT.policy();
        Policy accepting = export.toBuilder().verify(export.verify().with(new VerifySettings(Map.of(), Map.of(), List.of(
                new AcceptedFinding("CONTRIBUTORS", file.toAbsolutePath().normalize(), "email-list", list.sha256(),
                        "the project's contributors, published with it"))))).build();
        Finding accepted = lists(Nbexport.verifyFile(file, accepting)).get(0);
        assertTrue(accepted.isAccepted());

        Files.writeString(file, contributors + "zoe.new@web.de\n");
        Finding grown = lists(Nbexport.verifyFile(file, accepting)).get(0);
        assertFalse(grown.isAccepted(), "one more address is a list nobody reviewed");
        assertEquals("a list of 13 distinct e-mail addresses", grown.message());
    }
}
