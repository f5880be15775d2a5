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
        projectFile(entry("nb/a.ipynb", "credential", credential.sha256(), REASON));

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
        projectFile(entry("nb/a.ipynb", "credential", credential.sha256(), REASON),
                entry("nb/a.ipynb", "email", email.sha256(), "the team's public address"));

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
        projectFile(entry("nb/a.ipynb", "credential", credential.sha256(), REASON));

        List<Finding> findings = verify(copy);

        assertEquals(credential.hashPrefix(), only(findings, Rule.CREDENTIAL).hashPrefix());
        assertFalse(only(findings, Rule.CREDENTIAL).isAccepted());
        assertFalse(new VerifyReport(1, findings).passes(false));
    }

    @Test
    void aFileIsNamedFromThePolicyFilesFolderNotFromWhereVerifyRuns() throws Exception {
        Files.createDirectories(project.resolve("nb"));
        Files.writeString(project.resolve("nb/.nbexport.yaml"), "verify:\n  accepted:\n"
                + entry("nb/a.ipynb", "credential", credential.sha256(), REASON));

        assertFalse(only(verify(notebook), Rule.CREDENTIAL).isAccepted(), "nb/nb/a.ipynb is not nb/a.ipynb");

        Files.writeString(project.resolve("nb/.nbexport.yaml"), "verify:\n  accepted:\n"
                + entry("a.ipynb", "credential", credential.sha256(), REASON));

        assertTrue(only(verify(notebook), Rule.CREDENTIAL).isAccepted());
    }

    @Test
    void anotherHashIsNotAccepted() throws Exception {
        String hash = credential.sha256();
        String other = hash.substring(0, 63) + (hash.endsWith("0") ? "1" : "0");
        projectFile(entry("nb/a.ipynb", "credential", other, REASON));

        assertFalse(only(verify(notebook), Rule.CREDENTIAL).isAccepted());
    }

    @Test
    void anotherRuleWithTheSameHashIsNotAccepted() throws Exception {
        projectFile(entry("nb/a.ipynb", "email", credential.sha256(), REASON),
                entry("nb/a.ipynb", "credential", email.sha256(), REASON));

        List<Finding> findings = verify(notebook);

        assertFalse(only(findings, Rule.CREDENTIAL).isAccepted());
        assertFalse(only(findings, Rule.EMAIL).isAccepted());
        assertEquals(0, new VerifyReport(1, findings).accepted());
    }

    @Test
    void aHashWrittenInUpperCaseAcceptsAsTheReportShowsIt() throws Exception {
        projectFile(entry("nb/a.ipynb", "credential", credential.sha256().toUpperCase(java.util.Locale.ROOT), REASON));

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

        projectFile(entry("out.ipynb", "output-rich", "0".repeat(64), "only a test"));
        InvalidPolicyException refused = assertThrows(InvalidPolicyException.class, () -> verify(file));
        assertTrue(refused.getMessage().contains("verify.accepted[0].rule"), refused.getMessage());

        // Nor can an acceptance be made in code, past the policy file, of what stripping removes.
        assertThrows(IllegalArgumentException.class, () -> new AcceptedFinding("out.ipynb", file.toAbsolutePath().normalize(),
                "output-rich", "0".repeat(64), "only a test"));
    }

    @Test
    void aFindingSwitchedOffIsNotCountedAsAccepted() throws Exception {
        Files.writeString(project.resolve(".nbexport.yaml"), "verify:\n  rules: {email: off}\n  accepted:\n"
                + entry("nb/a.ipynb", "email", email.sha256(), "the team's public address"));

        VerifyReport report = new VerifyReport(1, verify(notebook));

        assertEquals(0, report.accepted(), report.findings().toString());
    }

    @Test
    void theFindingThatStandsForMoreLikeItCannotBeAcceptedSoWhatItHidesStillFails() throws Exception {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            code.append("example_").append(i).append(" = '").append(KEY).append("'\n");
        }
        code.append("real = 'AKIAIEQH746YNG7BY3A4'\n");
        Path fixtures = Files.writeString(project.resolve("fixtures.py"), code);
        projectFile(entry("fixtures.py", "credential", credential.sha256(), REASON));

        List<Finding> findings = verify(fixtures);

        Finding last = findings.get(findings.size() - 1);
        assertTrue(last.message().contains("1 more like it in the same text"), last.message());
        assertEquals(credential.hashPrefix(), last.sha256(), "only the prefix reports show: accepting it would accept what it stands for");
        assertFalse(last.isAccepted());
        assertEquals(99, new VerifyReport(1, findings).accepted());
        assertFalse(new VerifyReport(1, findings).passes(false));
    }

    @Test
    void anAcceptedCredentialDoesNotHideTheDataThatRunsOnPastIt() throws Exception {
        byte[] random = new byte[2400];
        new java.util.Random(7).nextBytes(random);
        String blob = java.util.Base64.getEncoder().encodeToString(random);
        Path file = Files.writeString(project.resolve("t.py"), "k = '" + KEY + "/" + blob + "'\n");
        projectFile(entry("t.py", "credential", credential.sha256(), REASON));

        List<Finding> findings = verify(file);

        assertTrue(only(findings, Rule.CREDENTIAL).isAccepted());
        assertEquals(Severity.ERROR, only(findings, Rule.ENCODED_BLOB).severity());
        assertFalse(new VerifyReport(1, findings).passes(false));
    }

    @Test
    void aCredentialOverlappingAnotherIsOneFindingOverBothSoItsAcceptanceCoversNoMoreThanWasReviewed() throws Exception {
        Path file = Files.writeString(project.resolve("db.py"), "url = 'postgresql://" + KEY + ":Xk9vQ2mLp7RtZ4wB@db:5432/prod'\n");
        projectFile(entry("db.py", "credential", credential.sha256(), REASON));

        Finding both = only(verify(file), Rule.CREDENTIAL);

        assertTrue(both.size() > KEY.length(), "the password in the URL is part of it: " + both);
        assertFalse(both.isAccepted(), "accepting the key id alone does not accept the password beside it");
    }
}
