package dev.nbexport.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.policy.InvalidPolicyException;
import dev.nbexport.core.policy.PolicyFile;
import dev.nbexport.core.policy.PolicyResolver;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.Rule;
import dev.nbexport.core.verify.Severity;
import dev.nbexport.fixtures.ProjectTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The draft of {@code verify --format accepted}: filled in and saved as the project file, it accepts what it listed. */
class AcceptListDraftTest {

    private static final String KEY = "AKIAQWERTYUIOPASDFGH";
    private static final String MAIL = "jane.doe@acme-corp.com";
    private static final String WITH_TEXT = "{\"cells\": [{\"cell_type\": \"code\", \"execution_count\": null, \"id\": \"c1\","
            + " \"metadata\": {}, \"outputs\": [], \"source\": \"key = '" + KEY + "'\\nmail = '" + MAIL + "'\\n\"}],"
            + " \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}";
    private static final String WITH_OUTPUT = "{\"cells\": [{\"cell_type\": \"code\", \"execution_count\": 1, \"id\": \"c1\","
            + " \"metadata\": {}, \"outputs\": [{\"data\": {\"text/html\": \"<td>CUSTOMER-4711</td>\"}, \"metadata\": {},"
            + " \"output_type\": \"display_data\"}], \"source\": \"df\"}], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}";
    /** A name YAML would misread unquoted: a quote, a hash, a colon and a space, an accent. */
    private static final String ODD_NAME = "nb/it's \"odd\" #1: caf\u00e9.ipynb";

    @TempDir
    Path project;

    private List<Path> files;

    @BeforeEach
    void projectWithFindingsOfEveryKind() {
        ProjectTree tree = new ProjectTree(project);
        tree.write("nb/a.ipynb", WITH_TEXT);
        tree.write(ODD_NAME, WITH_TEXT.replace(MAIL, "someone@acme-corp.com"));
        tree.write("nb/out.ipynb", WITH_OUTPUT);
        tree.write("nb/broken.ipynb", "{\"cells\": [");
        files = List.of(project.resolve("nb/a.ipynb"), project.resolve(ODD_NAME), project.resolve("nb/out.ipynb"),
                project.resolve("nb/broken.ipynb"));
    }

    private List<Finding> verifyAll() throws Exception {
        PolicyResolver resolver = new PolicyResolver(Optional.empty(), Optional.empty(), flags -> { });
        List<Finding> findings = new ArrayList<>();
        for (Path file : files) {
            findings.addAll(Nbexport.verifyFile(file, resolver.forPath(file)));
        }
        return findings;
    }

    private String draft(List<Finding> findings) {
        return AcceptListDraft.render(findings, finding -> new AcceptListDraft.Target(".nbexport.yaml",
                project.relativize(Path.of(finding.file())).toString().replace('\\', '/')));
    }

    private static Set<String> keys(List<Finding> findings) {
        return findings.stream().map(f -> Path.of(f.file()).getFileName() + " " + f.rule().id() + " " + f.hashPrefix())
                .collect(Collectors.toSet());
    }

    @Test
    void theDraftFilledInAcceptsExactlyTheFindingsItListed() throws Exception {
        List<Finding> before = verifyAll();
        List<Finding> acceptable = before.stream()
                .filter(f -> f.rule() == Rule.CREDENTIAL || f.rule() == Rule.EMAIL).toList();
        assertEquals(4, acceptable.size(), before.toString());
        long others = before.size() - acceptable.size();
        assertTrue(others >= 2, "the output and the unreadable notebook: " + before);

        String draft = draft(before);

        assertTrue(draft.contains("# " + others + " other findings cannot be accepted"), draft);
        assertFalse(draft.contains("output-rich"), draft);
        assertFalse(draft.contains("unreadable"), draft);
        assertFalse(draft.contains(KEY), "the draft names values by hash, never quotes them: " + draft);
        assertFalse(draft.contains(MAIL), draft);
        assertEquals(4, draft.split("reason: \"\"", -1).length - 1, draft);

        Files.writeString(project.resolve(".nbexport.yaml"), draft.replace("reason: \"\"", "reason: \"reviewed: not data\""));
        List<Finding> after = verifyAll();

        assertEquals(keys(acceptable), keys(after.stream().filter(Finding::isAccepted).toList()));
        assertTrue(after.stream().filter(Finding::isAccepted).allMatch(f -> f.accepted().equals("reviewed: not data")));
        assertEquals(others, after.stream().filter(f -> !f.isAccepted()).count());
        assertTrue(after.stream().filter(f -> !f.isAccepted()).allMatch(f -> f.severity() == Severity.ERROR), after.toString());
    }

    @Test
    void theDraftPastedUnreadAcceptsNothing() throws Exception {
        Files.writeString(project.resolve(".nbexport.yaml"), draft(verifyAll()));

        InvalidPolicyException refused = assertThrows(InvalidPolicyException.class, this::verifyAll);

        assertTrue(refused.getMessage().contains("verify.accepted[0].reason"), refused.getMessage());
    }

    @Test
    void findingsAlreadyAcceptedAreNotDraftedAgain() throws Exception {
        Files.writeString(project.resolve(".nbexport.yaml"), draft(verifyAll()).replace("reason: \"\"", "reason: reviewed"));

        String again = draft(verifyAll());

        assertTrue(again.contains("# (none)"), again);
        assertFalse(again.contains("rule: credential"), again);
    }

    @Test
    void entriesAreGroupedByThePolicyFileTheyBelongInAndEachOnlyOnce() throws Exception {
        List<Finding> findings = verifyAll();
        List<Finding> twice = new ArrayList<>(findings);
        twice.addAll(findings);

        String draft = AcceptListDraft.render(twice, finding -> new AcceptListDraft.Target(
                finding.file().contains("/nb/a.ipynb") ? "nb/.nbexport.yaml" : ".nbexport.yaml", Path.of(finding.file()).getFileName().toString()));

        String[] documents = draft.split("(?m)^---\n");
        assertEquals(3, documents.length, draft);
        assertTrue(documents[1].startsWith("# in nb/.nbexport.yaml\nverify:\n  accepted:\n"), draft);
        assertTrue(documents[2].startsWith("# in .nbexport.yaml\nverify:\n  accepted:\n"), draft);
        assertEquals(2, documents[1].split("- \\{file: ").length - 1, "each finding once: " + draft);
        assertEquals(2, documents[2].split("- \\{file: ").length - 1, "each finding once: " + draft);
    }

    @Test
    void aFindingAcceptedWhereTheBundleWasMadeIsDraftedWithThatReasonAsAComment() {
        Finding there = new Finding(Rule.CREDENTIAL, Severity.ERROR, "b.tar.gz!nb/a.ipynb", 0, "c1", "/cells/0/source", 1, 20,
                "a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8", "an AWS access key id").acceptedWhereBundled("made up\u001b[2J");

        String draft = AcceptListDraft.render(List.of(there), f -> new AcceptListDraft.Target("gate.yaml", "nb/a.ipynb"));

        assertTrue(draft.contains("    # accepted where the bundle was made: made up"), draft);
        assertFalse(draft.contains("\u001b"), "escaped: " + draft);
        assertTrue(draft.contains("    - {file: \"nb/a.ipynb\", rule: credential, sha256: \"a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8\", reason: \"\"}\n"), draft);
    }

    /** A reason from elsewhere may not break its comment: YAML reads U+2028 as a line break, which would make an entry of the rest. */
    @Test
    void aReasonFromWhereTheBundleWasMadeCannotAddAnEntry() throws Exception {
        String smuggled = "documented\u2028    - {file: nb/a.ipynb, rule: credential, sha256: \"" + "b".repeat(64) + "\", reason: ok}";
        Finding there = new Finding(Rule.CREDENTIAL, Severity.ERROR, "b.tar.gz!nb/a.ipynb", 0, "c1", "/cells/0/source", 1, 20,
                "a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8", "an AWS access key id").acceptedWhereBundled(smuggled);

        String draft = AcceptListDraft.render(List.of(there), f -> new AcceptListDraft.Target("gate.yaml", "nb/a.ipynb"));

        assertFalse(draft.contains("\u2028"), "escaped: " + draft);
        Path file = Files.writeString(Files.createDirectories(project.resolve("gate")).resolve(".nbexport.yaml"),
                draft.replace("reason: \"\"", "reason: \"checked\"").replace("---\n", ""));
        assertEquals(1, PolicyFile.read(file).verify().accepted().size(), "one entry, the one drafted");
    }
}
