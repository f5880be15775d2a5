package dev.nbexport.core.bundle;

import dev.nbexport.core.policy.Policy;
import java.nio.file.Path;

/** What the readers of one bundle share: its findings, the expansion budget, the names and the contents seen. */
final class BundleScan {

    final BundleFindings findings;
    final ExpansionBudget budget;
    final EntryNameCheck names;
    final EntryContents contents;
    private long entries;

    BundleScan(String archive, Policy policy, ArchiveLimits limits, Path spool, int threads, EntryRules rules) {
        this.findings = new BundleFindings(archive, policy);
        this.budget = new ExpansionBudget(limits, findings);
        this.names = new EntryNameCheck(findings);
        this.contents = new EntryContents(rules, spool, budget, findings, threads);
    }

    /** Whether an entry may be read under {@code name}; a refused name is remembered as refused. */
    boolean accept(String name) {
        if (names.accept(name)) {
            return true;
        }
        contents.refuse(name);
        return false;
    }

    /** Counts one more entry of any kind against the limit. */
    void countEntry() throws ReadingStopped {
        budget.checkEntries(++entries);
    }
}
