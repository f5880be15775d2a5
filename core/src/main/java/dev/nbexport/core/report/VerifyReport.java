package dev.nbexport.core.report;

import dev.nbexport.core.verify.Acceptances;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.Rule;
import dev.nbexport.core.verify.Severity;
import java.util.List;

/**
 * The outcome of verifying some files: how many were checked and what was found.
 *
 * @param filesChecked number of files verified
 * @param findings     everything found, in file order
 */
public record VerifyReport(int filesChecked, List<Finding> findings) {

    public VerifyReport {
        findings = List.copyOf(findings);
    }

    /** Errors, but for those accepted. */
    public long errors() {
        return findings.stream().filter(Finding::isUnacceptedError).count();
    }

    /** Warnings, but for those accepted. */
    public long warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING && !f.isAccepted()).count();
    }

    /** Findings a reviewer accepted as not being data. */
    public long accepted() {
        return findings.stream().filter(Finding::isAccepted).count();
    }

    /** Files with an error or warning that is not accepted. */
    public long filesWithFindings() {
        return findings.stream().filter(f -> !f.isAccepted()).map(Finding::file).distinct().count();
    }

    /** Whether an error that is not accepted could be, once reviewed: what to say when a run fails. */
    public boolean hasErrorsThatCanBeAccepted() {
        return findings.stream().anyMatch(f -> f.isUnacceptedError() && Acceptances.canBeAccepted(f));
    }

    /** Whether a file could not be read as what its name says: bad input, whatever else was found. */
    public boolean hasUnreadable() {
        return findings.stream().anyMatch(f -> f.rule() == Rule.UNREADABLE && f.isUnacceptedError());
    }

    /** Clean: no errors, and no warnings either when {@code strict}. */
    public boolean passes(boolean strict) {
        return errors() == 0 && (!strict || warnings() == 0);
    }
}
