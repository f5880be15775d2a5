package dev.nbexport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.fixtures.ProjectTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reviewer's journey: verify finds a value that is not data, the draft names it, the policy file accepts it. */
class ReviewedFindingsTest {

    /** A stripped notebook whose code holds an AWS access key id (sha256 a93e68f8) and an e-mail address (f78b074ceaae6e9ddcd3fd6b934bb3974360a729fea43b2f3b7ee618d41effff). */
    private static final String WITH_KEY = """
            {
             "cells": [
              {
               "cell_type": "code",
               "execution_count": null,
               "id": "a1",
               "metadata": {},
               "outputs": [],
               "source": [
                "# contact: jane.doe@acme-corp.de\\n",
                "key = 'AKIAQWERTYUIOPASDFGH'\\n"
               ]
              }
             ],
             "metadata": {},
             "nbformat": 4,
             "nbformat_minor": 5
            }
            """;

    private static final String KEY_SHA256 = "a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8";

    @TempDir
    Path dir;

    @Test
    void theDraftNamesEachFindingForThePolicyFileItBelongsInAndFilledInItAcceptsThem() throws IOException {
        ProjectTree tree = new ProjectTree(dir);
        tree.write("one/.nbexport.yaml", "preset: export\n");
        tree.write("one/nb/a.ipynb", WITH_KEY);
        tree.write("two/.nbexport.yaml", "preset: export\n");
        tree.write("two/b.ipynb", WITH_KEY);

        Cli.Result found = Cli.run("verify", dir.toString());
        assertEquals(1, found.exitCode(), found.stderr());
        assertTrue(found.stderr().contains("--format accepted drafts the entries"), found.stderr());
        assertTrue(found.stderr().indexOf("revoke a credential that was real") < found.stderr().indexOf("can be accepted"),
                "taking the data out comes first: " + found.stderr());
        assertTrue(found.stderr().contains("revoke a credential"), found.stderr());

        Cli.Result draft = Cli.run("verify", "--format", "accepted", dir.toString());

        assertEquals(1, draft.exitCode(), draft.stderr());
        String out = draft.out();
        assertTrue(out.contains("- {file: \"nb/a.ipynb\", rule: credential, sha256: \"a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8\", reason: \"\"}"), out);
        assertTrue(out.contains("- {file: \"b.ipynb\", rule: email, sha256: \"f78b074ceaae6e9ddcd3fd6b934bb3974360a729fea43b2f3b7ee618d41effff\", reason: \"\"}"), out);
        assertTrue(out.indexOf("one/.nbexport.yaml") < out.indexOf("nb/a.ipynb")
                && out.indexOf("nb/a.ipynb") < out.indexOf("two/.nbexport.yaml"), out);
        assertFalse(out.contains("AKIAQWERTYUIOPASDFGH") || out.contains("jane.doe"), "the draft must not repeat the data");

        // Pasted unread, the empty reasons are refused: nothing is accepted by accident.
        Files.writeString(dir.resolve("one/.nbexport.yaml"), "preset: export\n" + section(out, "one"));
        Cli.Result unread = Cli.run("verify", dir.resolve("one").toString());
        assertEquals(2, unread.exitCode(), unread.out());
        assertTrue(unread.stderr().contains("verify.accepted[0].reason"), unread.stderr());

        Files.writeString(dir.resolve("one/.nbexport.yaml"), "preset: export\n"
                + section(out, "one").replace("reason: \"\"", "reason: \"made up for the tests\""));
        Cli.Result reviewed = Cli.run("verify", dir.toString());

        assertEquals(1, reviewed.exitCode(), reviewed.out());
        assertTrue(reviewed.out().contains("accepted credential"), reviewed.out());
        assertTrue(reviewed.out().contains("; accepted: made up for the tests"), reviewed.out());
        assertTrue(reviewed.out().contains("2 files checked: 1 error, 1 warning in 1 file; 2 accepted"), reviewed.out());
    }

    @Test
    void aBundleCarriesItsAcceptancesToTheGateWhichCountsThemUntilItAcceptsThemToo() throws IOException {
        ProjectTree tree = new ProjectTree(dir.resolve("site"));
        tree.write("nb/a.ipynb", WITH_KEY);
        tree.write(".nbexport.yaml", """
                verify:
                  accepted:
                    - {file: nb/a.ipynb, rule: credential, sha256: "a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8", reason: "made up for the tests"}
                    - {file: nb/a.ipynb, rule: email, sha256: "f78b074ceaae6e9ddcd3fd6b934bb3974360a729fea43b2f3b7ee618d41effff", reason: "the author's own address"}
                """);
        Path archive = dir.resolve("export.tar.gz");

        Cli.Result bundle = Cli.run("bundle", dir.resolve("site").toString(), "-o", archive.toString());

        assertEquals(0, bundle.exitCode(), bundle.out() + bundle.stderr());
        assertTrue(bundle.out().contains("accepted credential"), bundle.out());
        assertTrue(bundle.out().contains("; 2 accepted"), bundle.out());

        Cli.Result gate = Cli.run("verify", archive.toString());
        assertEquals(1, gate.exitCode(), gate.out());
        assertTrue(gate.out().contains("error   credential"), gate.out());
        assertTrue(gate.out().contains("accepted where the bundle was made, not here: made up for the tests"), gate.out());

        // The site's own file beside the bundle accepts nothing at the gate: it may have come with it.
        Files.copy(dir.resolve("site/.nbexport.yaml"), dir.resolve(".nbexport.yaml"));
        Cli.Result beside = Cli.run("verify", archive.toString());
        assertEquals(2, beside.exitCode(), beside.out());
        assertTrue(beside.stderr().contains("(verify.accepted)"), beside.stderr());
        Files.delete(dir.resolve(".nbexport.yaml"));

        Cli.Result draft = Cli.run("verify", "--format", "accepted", archive.toString());
        assertTrue(draft.out().contains("# accepted where the bundle was made: made up for the tests"), draft.out());
        Path gatePolicy = dir.resolve("gate.yaml");
        Files.writeString(gatePolicy, draft.out().replace("reason: \"\"", "reason: \"checked at the office\""));
        Cli.Result accepted = Cli.run("verify", "--policy", gatePolicy.toString(), archive.toString());
        assertEquals(0, accepted.exitCode(), accepted.out() + accepted.stderr());
        assertTrue(accepted.out().contains("0 errors, 0 warnings in 0 files; 2 accepted"), accepted.out());
    }

    @Test
    void aBundleTakesTheAcceptancesOfTheProjectFileNearestEachFileAsVerifyDoes() throws IOException {
        ProjectTree tree = new ProjectTree(dir.resolve("site"));
        tree.write("team/nb/a.ipynb", WITH_KEY);
        tree.write("team/.nbexport.yaml", """
                verify:
                  accepted:
                    - {file: nb/a.ipynb, rule: credential, sha256: "%s", reason: "made up for the tests"}
                """.formatted(KEY_SHA256));
        assertEquals(0, Cli.run("verify", "--preset", "export", dir.resolve("site").toString()).exitCode());

        Cli.Result bundle = Cli.run("bundle", dir.resolve("site").toString(), "-o", dir.resolve("a.tar.gz").toString());

        assertEquals(0, bundle.exitCode(), bundle.out() + bundle.stderr());
        assertTrue(bundle.out().contains("accepted credential"), bundle.out());
    }

    @Test
    void aRefusedBundleSaysThatAReviewedValueCanBeAcceptedOnlyWhenOneCould() {
        ProjectTree tree = new ProjectTree(dir.resolve("site"));
        tree.write("nb/a.ipynb", WITH_KEY);

        Cli.Result refused = Cli.run("bundle", dir.resolve("site").toString(), "-o", dir.resolve("a.tar.gz").toString());

        assertEquals(1, refused.exitCode(), refused.stderr());
        assertTrue(refused.stderr().contains("can be accepted under verify.accepted in the policy file"), refused.stderr());

        tree.write("nb/a.ipynb", Notebooks.TRUNCATED);
        Cli.Result broken = Cli.run("bundle", dir.resolve("site").toString(), "-o", dir.resolve("b.tar.gz").toString());
        assertTrue(broken.stderr().contains("nothing written"), broken.stderr());
        assertFalse(broken.stderr().contains("verify.accepted"), broken.stderr());
    }

    @Test
    void aReasonHoldingWhatTheGateWouldRefuseStopsTheBundle() throws IOException {
        ProjectTree tree = new ProjectTree(dir.resolve("site"));
        tree.write("nb/a.ipynb", WITH_KEY);
        Path outside = dir.resolve("reviewed.yaml");
        Files.writeString(outside, "verify:\n  accepted:\n    - {file: site/nb/a.ipynb, rule: credential, sha256: \""
                + KEY_SHA256 + "\", reason: \"like the real one, AKIAIEQH746YNG7BY3A4\"}\n");

        Cli.Result refused = Cli.run("bundle", "--policy", outside.toString(), dir.resolve("site").toString(),
                "-o", dir.resolve("a.tar.gz").toString());

        assertEquals(1, refused.exitCode(), refused.out() + refused.stderr());
        assertTrue(refused.out().contains("NBEXPORT-MANIFEST.json (accepted reasons)"), refused.out());
        assertFalse(Files.exists(dir.resolve("a.tar.gz")));
    }

    @Test
    void aFileLeftOutWhoseNameTheGateWouldRefuseStopsTheBundleAndCannotBeAccepted() throws IOException {
        ProjectTree tree = new ProjectTree(dir.resolve("site"));
        tree.write("nb/clean.ipynb", Notebooks.DIRTY_STRIPPED);
        tree.write("data/key AKIAIEQH746YNG7BY3A4.csv", "a,b\n1,2\n");

        Cli.Result refused = Cli.run("bundle", dir.resolve("site").toString(), "-o", dir.resolve("a.tar.gz").toString());

        assertEquals(1, refused.exitCode(), refused.out() + refused.stderr());
        assertTrue(refused.out().contains("NBEXPORT-MANIFEST.json (excluded paths)"), refused.out());
        assertTrue(refused.stderr().contains("rename the files, taken or left out"), refused.stderr());
        assertFalse(refused.stderr().contains("verify.accepted"), refused.stderr());
        assertFalse(Cli.run("verify", "--format", "accepted", dir.resolve("site").toString()).out().contains("MANIFEST"));
    }

    @Test
    void policyShowListsTheAcceptancesInForceWithTheFileTheyComeFrom() {
        ProjectTree tree = new ProjectTree(dir);
        tree.write("nb/a.ipynb", WITH_KEY);
        tree.write(".nbexport.yaml", """
                verify:
                  accepted:
                    - {file: nb/a.ipynb, rule: credential, sha256: "A93E68F8176AF0B002093B5E3DCCA96D24EFA3A64B91924D0ABD2C471F4713A8", reason: "made up for the tests"}
                """);

        Cli.Result shown = Cli.run("policy", "show", dir.resolve("nb/a.ipynb").toString());

        assertEquals(0, shown.exitCode(), shown.stderr());
        assertTrue(shown.out().endsWith("""
                  accepted:
                    - {file: nb/a.ipynb, rule: credential, sha256: "a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8", reason: "made up for the tests"}  # .nbexport.yaml
                """), shown.out());
    }

    /** The YAML document of the draft that belongs in the policy file of {@code folder}. */
    private static String section(String draft, String folder) {
        for (String document : draft.split("(?m)^---\n")) {
            if (document.contains(folder + "/.nbexport.yaml")) {
                return document;
            }
        }
        throw new AssertionError("no section for " + folder + " in:\n" + draft);
    }
}
