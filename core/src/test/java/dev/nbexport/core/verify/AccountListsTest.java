package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.bundle.BundlePolicy;
import dev.nbexport.core.policy.AcceptedFinding;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.policy.VerifySettings;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code iban-list} and {@code card-list}: ten or more distinct IBANs, or card numbers, in one text
 * are a list of people's accounts, an error reported once beside each one's own warning, as
 * {@code email-list} is for addresses.
 */
class AccountListsTest {

    @TempDir
    Path dir;

    /** German IBANs of one bank, accounts apart, with their check digits computed. */
    static List<String> ibans(int count) {
        List<String> ibans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String bban = "37040044" + String.format("%010d", 532013000L + 97L * i);
            int check = 98 - new BigInteger(bban + "131400").mod(BigInteger.valueOf(97)).intValue();
            ibans.add("DE" + String.format("%02d", check) + bban);
        }
        return ibans;
    }

    /** Visa numbers of 16 digits, each with its Luhn check digit. */
    static List<String> cards(int count) {
        List<String> cards = new ArrayList<>();
        for (int i = 0; cards.size() < count; i++) {
            String body = "45567375" + String.format("%07d", 8689985L + 7919L * i);
            for (int d = 0; d <= 9; d++) {
                if (PersonalData.luhn(body + d)) {
                    cards.add(body + d);
                    break;
                }
            }
        }
        return cards;
    }

    private static String grouped(String compact) {
        return compact.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private List<Finding> verify(String name, String text, Policy policy) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return Nbexport.verifyFile(file, policy);
    }

    private List<Finding> verify(String name, String text) throws Exception {
        return verify(name, text, Preset.EXPORT.policy());
    }

    private static List<Finding> of(List<Finding> findings, Rule rule) {
        return findings.stream().filter(f -> f.rule() == rule).toList();
    }

    /** The one list finding: an error at the first value, over the span to the last, never showing a value. */
    private static void theList(List<Finding> findings, Rule list, Rule each, String text, List<String> values, String what) {
        List<Finding> found = of(findings, list);
        assertEquals(1, found.size(), findings.toString());
        Finding finding = found.get(0);
        int start = text.indexOf(values.get(0));
        String last = values.get(values.size() - 1);
        String span = text.substring(start, text.lastIndexOf(last) + last.length());
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("a list of " + values.size() + " distinct " + what, finding.message());
        assertEquals(span.getBytes(StandardCharsets.UTF_8).length, finding.size());
        assertEquals(Hashes.of(span), finding.sha256());
        assertEquals(text.substring(0, start).split("\n", -1).length, finding.line(), "the first value's line");
        for (String value : values) {
            assertFalse(finding.toString().contains(value), "a report never shows the data");
        }
        assertEquals(values.size(), of(findings, each).size(), "each is still its own warning");
    }

    @Test
    void aBlocklistAPythonListAndAQuerysInAreEachAListOfAccounts() throws Exception {
        List<String> ibans = ibans(40);
        String blocklist = "# accounts flagged 2024-10\n" + String.join("\n", ibans) + "\n";
        theList(verify("blocked_accounts.txt", blocklist), Rule.IBAN_LIST, Rule.IBAN, blocklist, ibans, "IBANs");
        String list = "BLOCKED = [\n" + String.join("", ibans.stream().map(i -> "    \"" + i + "\",\n").toList()) + "]\n";
        theList(verify("rules.py", list), Rule.IBAN_LIST, Rule.IBAN, list, ibans, "IBANs");
        String query = "q = \"SELECT * FROM payments WHERE iban IN ('" + String.join("', '", ibans) + "')\"\n";
        theList(verify("query.py", query), Rule.IBAN_LIST, Rule.IBAN, query, ibans, "IBANs");
        List<String> groups = ibans.subList(0, 12).stream().map(AccountListsTest::grouped).toList();
        String statement = "| payee | IBAN |\n|---|---|\n" + String.join("", groups.stream().map(g -> "| x | " + g + " |\n").toList());
        theList(verify("payees.md", statement), Rule.IBAN_LIST, Rule.IBAN, statement, groups, "IBANs");

        List<String> cards = cards(12);
        String disputed = "disputed = {\n" + String.join("", cards.stream().map(c -> "    '" + c + "',\n").toList()) + "}\n";
        theList(verify("disputes.py", disputed), Rule.CARD_LIST, Rule.CARD_NUMBER, disputed, cards, "card numbers");
        List<String> dashed = cards.stream().map(c -> c.replaceAll("(.{4})(?!$)", "$1-")).toList();
        String notes = "Cards to block:\n" + String.join("\n", dashed) + "\n";
        theList(verify("block.md", notes), Rule.CARD_LIST, Rule.CARD_NUMBER, notes, dashed, "card numbers");
    }

    @Test
    void nineAccountsAreNoListAndOneAccountWrittenTwoWaysCountsOnce() throws Exception {
        List<String> nine = ibans(9);
        assertEquals(List.of(), of(verify("nine.txt", String.join("\n", nine)), Rule.IBAN_LIST));
        String twice = String.join("\n", nine) + "\n" + String.join("\n", nine.stream().map(AccountListsTest::grouped).toList());
        List<Finding> findings = verify("twice.txt", twice);
        assertEquals(18, of(findings, Rule.IBAN).size());
        assertEquals(List.of(), of(findings, Rule.IBAN_LIST), "nine accounts, each written twice");
        assertEquals(List.of(), of(verify("repeated.py", "payee = 'DE89370400440532013000'\n".repeat(30)), Rule.IBAN_LIST));
        assertEquals(List.of(), of(verify("nine_cards.txt", String.join("\n", cards(9))), Rule.CARD_LIST));
    }

    @Test
    void numbersThatAreNoAccountsAndALibrarysFewSamplesAreNoList() throws Exception {
        StringBuilder text = new StringBuilder("# Formats we parse\n\n");
        for (int i = 0; i < 30; i++) {
            text.append("+49 171 17026").append(10 + i).append(", (212) 555-01").append(10 + i).append(", 2024-03-").append(10 + i)
                    .append(", v1.").append(i).append(".20240301, 0x").append(Integer.toHexString(0x3f800000 + i * 4099))
                    .append(", order 4000").append(100000 + i).append(", 1700000000").append(100 + i).append('\n');
        }
        text.append("\nExamples: `DE89 3704 0044 0532 0130 00`, `GB29 NWBK 6016 1331 9268 19`, `FR14 2004 1010 0505 0001 3M02 606`,")
                .append(" `NL91ABNA0417164300`, test card `4556 7375 8689 9855`\n");
        List<Finding> findings = verify("formats.md", text.toString());
        assertEquals(List.of(), of(findings, Rule.IBAN_LIST));
        assertEquals(List.of(), of(findings, Rule.CARD_LIST));
        assertEquals(4, of(findings, Rule.IBAN).size(), "the samples are still each a warning");
    }

    @Test
    void theThresholdsArePolicySettingsAndRaisingThemLoosensTheExportPreset() throws Exception {
        Policy five = Preset.EXPORT.policy().toBuilder()
                .verify(new VerifySettings(Map.of(), Map.of("iban-list-min-count", 5, "card-list-min-count", 5))).build();
        assertEquals(1, of(verify("six.txt", String.join("\n", ibans(6)), five), Rule.IBAN_LIST).size());
        assertEquals(1, of(verify("six_cards.txt", String.join("\n", cards(6)), five), Rule.CARD_LIST).size());
        assertEquals(10, ScanSettings.DEFAULTS.ibanListMinCount());
        assertEquals(10, ScanSettings.DEFAULTS.cardListMinCount());

        Policy export = Preset.EXPORT.policy();
        Policy raised = export.toBuilder().verify(export.verify().with(
                new VerifySettings(Map.of(), Map.of("iban-list-min-count", 11, "card-list-min-count", 20)))).build();
        assertEquals(List.of("verify.iban-list-min-count", "verify.card-list-min-count"), BundlePolicy.looserThanExport(raised));
        Policy warning = export.toBuilder().verify(export.verify().with(new VerifySettings(Map.of("card-list", "warning"), Map.of()))).build();
        assertEquals(List.of("verify.rules"), BundlePolicy.looserThanExport(warning));
    }

    @Test
    void aLibrarysReviewedTestListCanBeAcceptedUntilItChanges() throws Exception {
        String tests = "VALID = [\n" + String.join("", ibans(12).stream().map(i -> "    '" + i + "',\n").toList()) + "]\n";
        Path file = dir.resolve("test_iban.py");
        Files.writeString(file, tests);
        Finding list = of(Nbexport.verifyFile(file, Preset.EXPORT.policy()), Rule.IBAN_LIST).get(0);
        assertTrue(Acceptances.canBeAccepted(list));
        Policy export = Preset.EXPORT.policy();
        Policy accepting = export.toBuilder().verify(export.verify().with(new VerifySettings(Map.of(), Map.of(), List.of(
                new AcceptedFinding("test_iban.py", file.toAbsolutePath().normalize(), "iban-list", list.sha256(),
                        "the library's own test accounts"))))).build();
        assertTrue(of(Nbexport.verifyFile(file, accepting), Rule.IBAN_LIST).get(0).isAccepted());
        Files.writeString(file, tests.replace("]\n", "    '" + ibans(13).get(12) + "',\n]\n"));
        assertFalse(of(Nbexport.verifyFile(file, accepting), Rule.IBAN_LIST).get(0).isAccepted(), "one more account nobody reviewed");
    }
}
