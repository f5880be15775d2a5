package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.bundle.BundlePolicy;
import dev.nbexport.core.policy.Policy;
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

/**
 * {@code national-id} and {@code national-id-list}: US social security numbers and UK National
 * Insurance numbers are each a warning; ten or more distinct of them, or of German tax ids, in one
 * text are a list of people, an error.
 */
class NationalIdsTest {

    @TempDir
    Path dir;

    static List<String> socialSecurityNumbers(int count) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            numbers.add(String.format("%03d-%02d-%04d", 152 + 17 * i, 10 + i % 89, 1000 + (2169 + 211 * i) % 9000));
        }
        return numbers;
    }

    static List<String> insuranceNumbers(int count) {
        String first = "ACEHJKLMPRSTWYZ";
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            numbers.add("" + first.charAt(i % first.length()) + "CEHJLMPRSWXY".charAt(i % 12) + (217133 + 7919 * i) + "ABCD".charAt(i % 4));
        }
        return numbers;
    }

    /** German tax ids: ten digits with one of them twice, and the check digit that makes them valid. */
    static List<String> taxIds(int count) {
        List<String> ids = new ArrayList<>();
        for (long n = 1_023_456_789L * 3; ids.size() < count; n += 7_919L) {
            for (int d = 0; d <= 9; d++) {
                String candidate = Long.toString(n).substring(0, 10) + d;
                if (NationalIds.isTaxId(candidate.toCharArray(), 0)) {
                    ids.add(candidate);
                }
            }
        }
        return ids;
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

    private static void theList(List<Finding> findings, String text, List<String> values) {
        List<Finding> found = of(findings, Rule.NATIONAL_ID_LIST);
        assertEquals(1, found.size(), findings.toString());
        Finding list = found.get(0);
        int start = text.indexOf(values.get(0));
        String last = values.get(values.size() - 1);
        String span = text.substring(start, text.lastIndexOf(last) + last.length());
        assertEquals(Severity.ERROR, list.severity());
        assertEquals("a list of " + values.size() + " distinct national id numbers", list.message());
        assertEquals(span.getBytes(StandardCharsets.UTF_8).length, list.size());
        assertEquals(Hashes.of(span), list.sha256());
        for (String value : values) {
            assertFalse(list.toString().contains(value), "a report never shows the data");
        }
    }

    @Test
    void listsOfSocialSecurityInsuranceAndTaxNumbersAreErrors() throws Exception {
        List<String> ssns = socialSecurityNumbers(40);
        String samples = String.join("\n", ssns) + "\n";
        List<Finding> findings = verify("ssn_samples.txt", samples);
        theList(findings, samples, ssns);
        assertEquals(40, of(findings, Rule.NATIONAL_ID).size(), "each is a warning too");
        String pytest = "import pytest\n\nSAMPLES = [\n" + String.join("", ssns.stream().map(s -> "    \"" + s + "\",\n").toList()) + "]\n";
        theList(verify("test_ssn.py", pytest), pytest, ssns);

        List<String> ninos = insuranceNumbers(40);
        String oneLine = "SAMPLES = ['" + String.join("', '", ninos) + "']\n";
        findings = verify("test_ni.py", oneLine);
        theList(findings, oneLine, ninos);
        assertEquals(40, of(findings, Rule.NATIONAL_ID).size());
        List<String> spaced = ninos.subList(0, 12).stream().map(s -> s.replaceAll("^(..)(..)(..)(..)(.)$", "$1 $2 $3 $4 $5")).toList();
        String letters = String.join("\n", spaced) + "\n";
        theList(verify("ni.txt", letters), letters, spaced);

        List<String> taxIds = taxIds(40);
        String tax = "# Steuer-IdNr\n" + String.join("\n", taxIds) + "\n";
        findings = verify("tax_ids.txt", tax);
        theList(findings, tax, taxIds);
        assertEquals(List.of(), of(findings, Rule.NATIONAL_ID), "a number of 11 digits alone is too often no tax id");
    }

    @Test
    void nineAreNoListAndOneRepeatedIsOnePerson() throws Exception {
        assertEquals(List.of(), of(verify("nine.txt", String.join("\n", socialSecurityNumbers(9))), Rule.NATIONAL_ID_LIST));
        assertEquals(List.of(), of(verify("same.py", "ssn = '574-88-7116'\n".repeat(20)), Rule.NATIONAL_ID_LIST));
        List<Finding> one = verify("one.py", "customer = {'name': 'x', 'ssn': '574-88-7116', 'ni': 'KT 38 27 35 C'}\n");
        assertEquals(2, of(one, Rule.NATIONAL_ID).size());
        assertEquals(Severity.WARNING, of(one, Rule.NATIONAL_ID).get(0).severity());
    }

    @Test
    void numbersOfOtherKindsAndDocumentationSamplesAreNoIds() throws Exception {
        StringBuilder text = new StringBuilder("# Formats\n\n");
        for (int i = 0; i < 40; i++) {
            text.append("call (212) 555-01").append(10 + i).append(" or +1-212-555-01").append(10 + i).append(" on 2024-03-").append(10 + i % 18)
                    .append(" or 03-").append(10 + i % 18).append("-2024, v").append(100 + i).append("-22-3333, ")
                    .append(String.format("%03d-%02d-%04d", 900 + i, 10 + i, 1000 + i)).append(" (area 9xx), ")
                    .append(String.format("%03d-00-%04d", 200 + i, 1000 + i)).append(", 0x").append(Integer.toHexString(0x3f800000 + i))
                    .append(", id ").append(String.format("%03d-%02d-%04d", 300 + i, 20 + i, 4000 + i)).append("-7, ")
                    .append("1.").append(20000000000L + 7919L * i).append(", ts ").append(1700000000000L + i)
                    .append(", AB").append(345678 + i).append("E, BG").append(345678 + i).append("A, PART-").append(10000000000L + 17L * i).append('\n');
        }
        text.append("\nExamples: SSN 123-45-6789, 078-05-1120, 111-22-3333, NI AB123456C, AB 12 34 56 C, QQ 12 34 56 C\n");
        List<Finding> findings = verify("formats.md", text.toString());
        assertEquals(List.of(), of(findings, Rule.NATIONAL_ID), findings.toString());
        assertEquals(List.of(), of(findings, Rule.NATIONAL_ID_LIST));
    }

    @Test
    void theThresholdIsAPolicySettingAndRaisingItLoosensTheExportPreset() throws Exception {
        Policy five = Preset.EXPORT.policy().toBuilder()
                .verify(new VerifySettings(Map.of(), Map.of("national-id-list-min-count", 5))).build();
        assertEquals(1, of(verify("six.txt", String.join("\n", socialSecurityNumbers(6)), five), Rule.NATIONAL_ID_LIST).size());
        assertEquals(10, ScanSettings.DEFAULTS.nationalIdListMinCount());
        Policy export = Preset.EXPORT.policy();
        Policy raised = export.toBuilder().verify(export.verify().with(
                new VerifySettings(Map.of(), Map.of("national-id-list-min-count", 11)))).build();
        assertEquals(List.of("verify.national-id-list-min-count"), BundlePolicy.looserThanExport(raised));
        Finding list = of(verify("l.txt", String.join("\n", socialSecurityNumbers(10))), Rule.NATIONAL_ID_LIST).get(0);
        assertTrue(Acceptances.canBeAccepted(list));
    }
}
