package dev.nbexport.core.bundle;

import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.report.Printable;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.Rule;
import dev.nbexport.core.verify.Severities;
import dev.nbexport.core.verify.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The findings of one bundle, at the policy's severities. An entry is named {@code archive!entry};
 * names come from hostile input, so control characters are escaped before they reach a terminal,
 * and nothing of an entry's content is ever quoted. Findings keep the order in which they were
 * added, also those of entries still being verified on other threads.
 */
final class BundleFindings {

    /** The bundler writes files only: a directory's header (its name, owner, link fields) is room for anything. */
    static final String DIRECTORY_ENTRY = "a directory entry, which a bundle never holds";

    private final String archive;
    private final Severities severities;
    private final List<Future<List<Finding>>> findings = new ArrayList<>();

    BundleFindings(String archive, Policy policy) {
        this.archive = archive;
        this.severities = Severities.of(policy.verify());
    }

    /** How an entry is named in findings. */
    String where(String entry) {
        return archive + "!" + Printable.escape(entry);
    }

    void archive(Rule rule, String message) {
        add(rule, archive, message);
    }

    void entry(Rule rule, String entry, String message) {
        add(rule, where(entry), message);
    }

    /** A finding at {@code pointer} in an entry that is JSON. */
    void entryAt(Rule rule, String entry, String pointer, String message) {
        add(new Finding(rule, severities.of(rule), where(entry), -1, null, pointer, -1, 0, null, message));
    }

    /** A finding on an entry's content as a whole, shown by its size and hash prefix. */
    void entry(Rule rule, String entry, long size, String hashPrefix, String message) {
        add(new Finding(rule, severities.of(rule), where(entry), -1, null, null, -1, size, hashPrefix, message));
    }

    /** Findings of the notebook and file rules on an entry's content, once they are known. */
    void addAll(Future<List<Finding>> content) {
        findings.add(content);
    }

    /** Every finding, in order; the verification of every entry must have ended. */
    List<Finding> list() {
        List<Finding> all = new ArrayList<>();
        for (Future<List<Finding>> piece : findings) {
            if (!piece.isDone()) {
                throw new IllegalStateException("an entry is still being verified");
            }
            try {
                all.addAll(piece.get());
            } catch (ExecutionException | InterruptedException e) {
                throw new IllegalStateException("the verification of an entry failed", e);
            }
        }
        return all;
    }

    private void add(Rule rule, String file, String message) {
        add(new Finding(rule, severities.of(rule), file, -1, null, null, -1, 0, null, message));
    }

    private void add(Finding finding) {
        if (finding.severity() != Severity.OFF) {
            findings.add(CompletableFuture.completedFuture(List.of(finding)));
        }
    }
}
