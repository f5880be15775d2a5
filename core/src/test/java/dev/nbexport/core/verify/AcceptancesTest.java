package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.policy.AcceptedFinding;
import dev.nbexport.core.policy.InvalidPolicyException;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.PolicyResolver;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.policy.VerifySettings;
import dev.nbexport.core.report.VerifyReport;
import dev.nbexport.fixtures.ProjectTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reviewed findings, as {@code verify} applies them: a project file's {@code verify.accepted} entry
 * accepts the one finding of its file, rule and hash prefix, and nothing else.
 */
class AcceptancesTest {

    private static final String KEY = "AKIAQWERTYUIOPASDFGH";
    private static final String MAIL = "jane.doe@acme-corp.com";
    private static final String NOTEBOOK = "{\"cells\": [{\"cell_type\": \"code\", \"execution_count\": null, \"id\": \"c1\","
            + " \"metadata\": {}, \"outputs\": [], \"source\": \"key = '" + KEY + "'\\nmail = '" + MAIL + "'\\n\"}],"
            + " \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}";
    private static final String REASON = "a made-up key in a test";

    @TempDir
    Path project;

    private Path notebook;
    private Path copy;
    private Finding credential;
    private Finding email;

    @BeforeEach
    void notebookWithAKeyAndAnAddress() throws Exception {
        new ProjectTree(project).write("nb/a.ipynb", NOTEBOOK);
        new ProjectTree(project).write("nb/b.ipynb", NOTEBOOK);
        notebook = project.resolve("nb/a.ipynb");
        copy = project.resolve("nb/b.ipynb");
        List<Finding> findings = verify(notebook);
        credential = only(findings, Rule.CREDENTIAL);
        email = only(findings, Rule.EMAIL);
        assertFalse(credential.isAccepted());
        assertEquals(Severity.ERROR, credential.severity(), "the case worth accepting: an error that fails the verify");
        assertEquals(Severity.WARNING, email.severity());
        assertTrue(!credential.hashPrefix().equals(email.hashPrefix()));
    }

    private static Finding only(List<Finding> findings, Rule rule) {
        List<Finding> of = findings.stream().filter(f -> f.rule() == rule).toList();
        assertEquals(1, of.size(), rule + " in " + findings);
        return of.get(0);
    }

    /** The policy of a fresh run, reading the project file as it now is. */
    private Policy policy(Path file) {
        return new PolicyResolver(Optional.empty(), Optional.empty(), flags -> { }).forPath(file);
    }

    private List<Finding> verify(Path file) throws Exception {
        return Nbexport.verifyFile(file, policy(file));
    }

    private void projectFile(String... entries) throws Exception {
        Files.writeString(project.resolve(".nbexport.yaml"), "verify:\n  accepted:\n" + String.join("", entries));
    }

    private static String entry(String file, String rule, String sha256, String reason) {
        return "    - {file: " + file + ", rule: " + rule + ", sha256: \"" + sha256 + "\", reason: \"" + reason + "\"}\n";
    }

    @Test
    void theListedFindingIsAcceptedWithItsReasonAndTheReportPasses() throws Exception {
        projectFile(entry("nb/a.ipynb", "credential", credential.hashPrefix(), REASON));

        List<Finding> findings = verify(notebook);

        Finding accepted = only(findings, Rule.CREDENTIAL);
        assertEquals(REASON, accepted.accepted());
        assertEquals(credential.hashPrefix(), accepted.hashPrefix(), "still reported, with its place and hash");
        assertEquals(credential.line(), accepted.line());
        assertEquals(Severity.ERROR, accepted.severity(), "the severity is the rule's; accepted is said apart");
        assertFalse(only(findings, Rule.EMAIL).isAccepted(), "the other finding of the file stays");
        VerifyReport report = new VerifyReport(1, findings);
        assertEquals(0, report.errors());
        assertEquals(1, report.warnings());
        assertEquals(1, report.accepted());
        assertTrue(report.passes(false));
        assertFalse(report.passes(true), "the e-mail address is still a warning");
    }

    @Test
    void withEveryFindingAcceptedTheStrictVerifyPassesToo() throws Exception {
        projectFile(entry("nb/a.ipynb", "credential", credential.hashPrefix(), REASON),
                entry("nb/a.ipynb", "email", email.hashPrefix(), "the team's public address"));

        VerifyReport report = new VerifyReport(1, verify(notebook));

        assertEquals(2, report.accepted());
        assertEquals(0, report.errors());
        assertEquals(0, report.warnings());
        assertEquals(0, report.filesWithFindings());
        assertTrue(report.passes(true));
        assertEquals("the team's public address", only(report.findings(), Rule.EMAIL).accepted());
    }

    @Test
    void theSameValueInAnotherFileIsNotAccepted() throws Exception {
        projectFile(entry("nb/a.ipynb", "credential", credential.hashPrefix(), REASON));

        List<Finding> findings = verify(copy);

        assertEquals(credential.hashPrefix(), only(findings, Rule.CREDENTIAL).hashPrefix());
        assertFalse(only(findings, Rule.CREDENTIAL).isAccepted());
        assertFalse(new VerifyReport(1, findings).passes(false));
    }

    @Test
    void aFileIsNamedFromThePolicyFilesFolderNotFromWhereVerifyRuns() throws Exception {
        Files.createDirectories(project.resolve("nb"));
        Files.writeString(project.resolve("nb/.nbexport.yaml"), "verify:\n  accepted:\n"
                + entry("nb/a.ipynb", "credential", credential.hashPrefix(), REASON));

        assertFalse(only(verify(notebook), Rule.CREDENTIAL).isAccepted(), "nb/nb/a.ipynb is not nb/a.ipynb");

        Files.writeString(project.resolve("nb/.nbexport.yaml"), "verify:\n  accepted:\n"
                + entry("a.ipynb", "credential", credential.hashPrefix(), REASON));

        assertTrue(only(verify(notebook), Rule.CREDENTIAL).isAccepted());
    }

    @Test
    void anotherHashIsNotAccepted() throws Exception {
        String other = Integer.toHexString(Integer.parseUnsignedInt(credential.hashPrefix(), 16) ^ 1);
        projectFile(entry("nb/a.ipynb", "credential", "0".repeat(8 - other.length()) + other, REASON));

        assertFalse(only(verify(notebook), Rule.CREDENTIAL).isAccepted());
    }

    @Test
    void anotherRuleWithTheSameHashIsNotAccepted() throws Exception {
        projectFile(entry("nb/a.ipynb", "email", credential.hashPrefix(), REASON),
                entry("nb/a.ipynb", "credential", email.hashPrefix(), REASON));

        List<Finding> findings = verify(notebook);

        assertFalse(only(findings, Rule.CREDENTIAL).isAccepted());
        assertFalse(only(findings, Rule.EMAIL).isAccepted());
        assertEquals(0, new VerifyReport(1, findings).accepted());
    }

    @Test
    void aHashWrittenInUpperCaseAcceptsAsTheReportShowsIt() throws Exception {
        projectFile(entry("nb/a.ipynb", "credential", credential.hashPrefix().toUpperCase(java.util.Locale.ROOT), REASON));

        assertEquals(REASON, only(verify(notebook), Rule.CREDENTIAL).accepted());
    }

    private static final String WITH_OUTPUT = "{\"cells\": [{\"cell_type\": \"code\", \"execution_count\": 1, \"id\": \"c1\","
            + " \"metadata\": {}, \"outputs\": [{\"data\": {\"text/html\": \"<td>CUSTOMER-4711</td>\"}, \"metadata\": {},"
            + " \"output_type\": \"display_data\"}], \"source\": \"df\"}], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}";

    @Test
    void anOutputCannotBeListedAndStaysAnErrorEvenWithItsHash() throws Exception {
        new ProjectTree(project).write("out.ipynb", WITH_OUTPUT);
        Path file = project.resolve("out.ipynb");
        Finding output = only(verify(file), Rule.OUTPUT_RICH);
        assertTrue(output.hashPrefix() != null && output.severity() == Severity.ERROR);

        projectFile(entry("out.ipynb", "output-rich", output.hashPrefix(), "only a test"));
        InvalidPolicyException refused = assertThrows(InvalidPolicyException.class, () -> verify(file));
        assertTrue(refused.getMessage().contains("verify.accepted[0].rule"), refused.getMessage());

        // Nor does an acceptance made in code, past the policy file, accept what stripping removes.
        Policy crafted = Preset.NBSTRIPOUT.policy().toBuilder().verify(new VerifySettings(Map.of(), Map.of(), List.of(
                new AcceptedFinding("out.ipynb", file.toAbsolutePath().normalize(), "output-rich", output.hashPrefix(), "only a test"))))
                .build();
        Finding still = only(Nbexport.verifyFile(file, crafted), Rule.OUTPUT_RICH);
        assertNull(still.accepted());
        assertFalse(new VerifyReport(1, List.of(still)).passes(false));
    }

    @Test
    void aFindingSwitchedOffIsNotCountedAsAccepted() throws Exception {
        Files.writeString(project.resolve(".nbexport.yaml"), "verify:\n  rules: {email: off}\n  accepted:\n"
                + entry("nb/a.ipynb", "email", email.hashPrefix(), "the team's public address"));

        VerifyReport report = new VerifyReport(1, verify(notebook));

        assertEquals(0, report.accepted(), report.findings().toString());
    }
}
