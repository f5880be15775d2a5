package dev.nbexport.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code verify.accepted} in a policy file: what it reads, and each form it refuses in one line naming file and key. */
class AcceptedFindingsPolicyTest {

    @TempDir
    Path project;

    private Path policyFile(String yaml) throws Exception {
        Path folder = Files.createDirectories(project.resolve("team"));
        return Files.writeString(folder.resolve(".nbexport.yaml"), yaml);
    }

    @Test
    void readsEachEntryWithItsFileResolvedAgainstThePolicyFilesFolder() throws Exception {
        Path file = policyFile("""
                verify:
                  accepted:
                    - {file: nb/a.ipynb, rule: credential, sha256: "A93E68F8176AF0B002093B5E3DCCA96D24EFA3A64B91924D0ABD2C471F4713A8", reason: "a made-up key in a test"}
                    - file: ./nb/../b.py
                      rule: email
                      sha256: 1234567890123456789012345678901234567890123456789012345678901234
                      reason: "  the team's public address  "
                """);

        List<AcceptedFinding> accepted = PolicyFile.read(file).verify().accepted();

        assertEquals(2, accepted.size());
        AcceptedFinding first = accepted.get(0);
        assertEquals("nb/a.ipynb", first.written());
        assertEquals(project.resolve("team/nb/a.ipynb").toAbsolutePath().normalize(), first.file());
        assertEquals("credential", first.rule());
        assertEquals("a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8", first.sha256(), "lower-cased, as reports show it");
        assertEquals("a made-up key in a test", first.reason());
        AcceptedFinding second = accepted.get(1);
        assertEquals(project.resolve("team/b.py").toAbsolutePath().normalize(), second.file(), "normalised");
        assertEquals("1234567890123456789012345678901234567890123456789012345678901234", second.sha256(), "digits alone, which YAML reads as a number, are read as the text written");
        assertEquals("the team's public address", second.reason());
    }

    /** YAML reads some hex digits unquoted as other numbers (octal, exponent): the error says to quote them. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"0123456701234567012345670123456701234567012345670123456701234567", "0000000000000000000000000000000000000000000000000000000000000000", "1234e56700000000000000000000000000000000000000000000000000000000", "0000000000000000000000000000000000000000000000000000000000001000"})
    void aHashYamlReadsAsAnotherNumberIsRefusedAskingForQuotes(String sha256) throws Exception {
        Path file = policyFile("verify:\n  accepted:\n    - {file: b.py, rule: email, sha256: " + sha256 + ", reason: ok}\n");

        InvalidPolicyException refused = assertThrows(InvalidPolicyException.class, () -> PolicyFile.read(file));

        assertTrue(refused.getMessage().endsWith("verify.accepted[0].sha256: expected the value's whole SHA-256, 64 hex digits, as verify --format accepted writes it, in quotes"),
                refused.getMessage());
        assertEquals(sha256, PolicyFile.read(policyFile("verify:\n  accepted:\n    - {file: b.py, rule: email, sha256: \""
                + sha256 + "\", reason: ok}\n")).verify().accepted().get(0).sha256());
    }

    @Test
    void aColonIsPartOfAFileNameWhereItNamesNoDrive() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.io.File.separatorChar == '/', "on Windows C: is a drive");
        Path file = policyFile("verify:\n  accepted:\n    - {file: 'x: y, {z}.ipynb', rule: email, sha256: "
                + "a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8, reason: ok}\n");

        assertEquals("x: y, {z}.ipynb", PolicyFile.read(file).verify().accepted().get(0).written());
    }

    @Test
    void acceptancesReachThePolicyOfTheNotebooksBesideTheFile() throws Exception {
        policyFile("verify:\n  accepted:\n    - {file: a.ipynb, rule: iban, sha256: 0a1b2c3d0a1b2c3d0a1b2c3d0a1b2c3d0a1b2c3d0a1b2c3d0a1b2c3d0a1b2c3d, reason: the documented example}\n");

        Policy policy = new PolicyResolver(java.util.Optional.empty(), java.util.Optional.empty(), flags -> { })
                .forPath(project.resolve("team/a.ipynb"));

        assertEquals(List.of("0a1b2c3d0a1b2c3d0a1b2c3d0a1b2c3d0a1b2c3d0a1b2c3d0a1b2c3d0a1b2c3d"), policy.verify().accepted().stream().map(AcceptedFinding::sha256).toList());
    }

    @Test
    void anEmptyListAcceptsNothing() throws Exception {
        assertEquals(List.of(), PolicyFile.read(policyFile("verify:\n  accepted: []\n")).verify().accepted());
        assertEquals(List.of(), PolicyFile.read(policyFile("verify:\n  accepted:\n")).verify().accepted());
    }

    private static final String GOOD = "{file: nb/a.ipynb, rule: credential, sha256: a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8, reason: a made-up key}";

    static Stream<Arguments> refusedEntries() {
        return Stream.of(
                Arguments.of("no reason", "[{file: nb/a.ipynb, rule: credential, sha256: a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8}]", "verify.accepted[0].reason"),
                Arguments.of("an empty reason, as the draft writes it",
                        "[{file: nb/a.ipynb, rule: credential, sha256: a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8, reason: \"\"}]", "verify.accepted[0].reason"),
                Arguments.of("a reason of spaces", "[{file: nb/a.ipynb, rule: credential, sha256: a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8, reason: \"   \"}]",
                        "verify.accepted[0].reason"),
                Arguments.of("a null reason", "[{file: nb/a.ipynb, rule: credential, sha256: a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8, reason: ~}]",
                        "verify.accepted[0].reason"),
                Arguments.of("a reason on two lines", "[" + GOOD + ", {file: b.py, rule: email, sha256: a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8, reason: \"one\\ntwo\"}]",
                        "verify.accepted[1].reason"),
                Arguments.of("a reason with a line separator", "[{file: b.py, rule: email, sha256: "
                        + "a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8, reason: \"one\\u2028- two\"}]",
                        "verify.accepted[0].reason"),
                Arguments.of("the same finding twice", "[" + GOOD + ", {file: ./nb/a.ipynb, rule: credential, sha256: "
                        + "A93E68F8176AF0B002093B5E3DCCA96D24EFA3A64B91924D0ABD2C471F4713A8, reason: another}]",
                        "verify.accepted[1]"),
                Arguments.of("a reason with a tab", "[{file: b.py, rule: email, sha256: a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8, reason: \"one\\ttwo\"}]",
                        "verify.accepted[0].reason"),
                Arguments.of("a reason over 200 characters",
                        "[{file: b.py, rule: email, sha256: a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8, reason: " + "x".repeat(201) + "}]", "verify.accepted[0].reason"),
                Arguments.of("a reason that is a mapping", "[{file: b.py, rule: email, sha256: a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8, reason: {why: test}}]",
                        "verify.accepted[0].reason"),
                Arguments.of("an unknown rule", "[{file: b.py, rule: secrets, sha256: a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8, reason: ok}]", "verify.accepted[0].rule"),
                Arguments.of("a rule that cannot be accepted", "[{file: b.ipynb, rule: output-rich, sha256: a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8, reason: ok}]",
                        "verify.accepted[0].rule"),
                Arguments.of("an archive rule", "[{file: b.zip, rule: nested-archive, sha256: a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8, reason: ok}]",
                        "verify.accepted[0].rule"),
                Arguments.of("no rule", "[{file: b.py, sha256: a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8, reason: ok}]", "verify.accepted[0].rule"),
                Arguments.of("a sha256 of 7 digits", "[{file: b.py, rule: email, sha256: a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a, reason: ok}]", "verify.accepted[0].sha256"),
                Arguments.of("a sha256 of 9 digits", "[{file: b.py, rule: email, sha256: a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a80, reason: ok}]", "verify.accepted[0].sha256"),
                Arguments.of("the 8 digits a report shows", "[{file: b.py, rule: email, sha256: a93e68f8, reason: ok}]",
                        "verify.accepted[0].sha256"),
                Arguments.of("a sha256 that is not hex", "[{file: b.py, rule: email, sha256: a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713ag, reason: ok}]",
                        "verify.accepted[0].sha256"),
                Arguments.of("a sha256 that is a list", "[{file: b.py, rule: email, sha256: [a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8], reason: ok}]",
                        "verify.accepted[0].sha256"),
                Arguments.of("an absolute path", "[{file: /home/me/nb/a.ipynb, rule: email, sha256: a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8, reason: ok}]",
                        "verify.accepted[0].file"),
                Arguments.of("a backslash", "[{file: 'nb\\a.ipynb', rule: email, sha256: a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8, reason: ok}]",
                        "verify.accepted[0].file"),
                Arguments.of("the folder itself", "[{file: 'nb/..', rule: email, sha256: a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8, reason: ok}]",
                        "verify.accepted[0].file"),
                Arguments.of("a file outside the folder", "[{file: '../b.py', rule: email, sha256: a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8, reason: ok}]",
                        "verify.accepted[0].file"),
                Arguments.of("a file outside the folder, by a detour", "[{file: 'nb/../../b.py', rule: email, sha256: a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8, reason: ok}]",
                        "verify.accepted[0].file"),
                Arguments.of("an empty path", "[{file: '', rule: email, sha256: a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8, reason: ok}]", "verify.accepted[0].file"),
                Arguments.of("no path", "[{rule: email, sha256: a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8, reason: ok}]", "verify.accepted[0].file"),
                Arguments.of("an unknown key", "[{file: b.py, rule: email, sha256: a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8, reason: ok, cell: 3}]",
                        "verify.accepted[0].cell"),
                Arguments.of("an entry that is no mapping", "[" + GOOD + ", b.py]", "verify.accepted[1]"),
                Arguments.of("not a list", GOOD, "verify.accepted"),
                Arguments.of("a string", "everything", "verify.accepted"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedEntries")
    void refusesEachBadFormNamingTheFileAndTheKey(String what, String accepted, String key) throws Exception {
        Path file = policyFile("verify:\n  accepted: " + accepted + "\n");

        InvalidPolicyException refused = assertThrows(InvalidPolicyException.class, () -> PolicyFile.read(file), what);

        String message = refused.getMessage();
        assertTrue(message.startsWith(file + ": "), what + ": " + message);
        assertTrue(message.contains(key + ":") || message.contains("'" + key + "'"), what + ": " + message);
        assertEquals(1, message.lines().count(), what + ": one line: " + message);
        assertTrue(!message.contains("x".repeat(201)), what + ": the value is not quoted back");
    }

    @Test
    void theRuleRefusedIsNamedWithTheRulesThatCanBeAccepted() throws Exception {
        Path file = policyFile("verify:\n  accepted: [{file: b.ipynb, rule: output-rich, sha256: a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8, reason: ok}]\n");

        String message = assertThrows(InvalidPolicyException.class, () -> PolicyFile.read(file)).getMessage();

        assertTrue(message.contains("'output-rich' cannot be accepted"), message);
        for (String rule : AcceptedFinding.RULES) {
            assertTrue(message.contains(rule), message);
        }
    }

    @Test
    void eachTextRuleCanBeAcceptedAndNoOther() {
        for (dev.nbexport.core.verify.Rule rule : dev.nbexport.core.verify.Rule.values()) {
            boolean text = List.of("data-uri", "encoded-blob", "long-literal", "inline-table", "credential", "email", "email-list", "iban",
                    "iban-list", "card-number", "card-list", "national-id", "national-id-list").contains(rule.id());
            assertEquals(text, AcceptedFinding.RULES.contains(rule.id()), rule.id());
        }
    }
}
