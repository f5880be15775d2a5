package dev.nbexport.core.bundle;

import dev.nbexport.core.known.KnownValues;
import dev.nbexport.core.report.VerifyReport;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.Rule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a bundle run did.
 *
 * @param archive   the archive written, or empty when verification stopped the bundle
 * @param selection what was taken and what was left home
 * @param report    the verification of every entry; any error finding means nothing was written
 * @param knownValues the values of the data left home (and of the data files named) that no entry may hold
 */
public record BundleResult(Optional<Path> archive, Selection selection, VerifyReport report, KnownValues knownValues) {

    public BundleResult(Optional<Path> archive, Selection selection, VerifyReport report) {
        this(archive, selection, report, KnownValues.NONE);
    }

    /** What can be done about the error findings that stopped the bundle, in a few words. */
    public String remedies() {
        List<String> remedies = new ArrayList<>();
        List<Finding> errors = report.findings().stream().filter(Finding::isUnacceptedError).toList();
        if (report.hasUnreadable()) {
            remedies.add("mend or exclude what cannot be read (its finding says why)");
        }
        if (errors.stream().anyMatch(f -> f.rule() != Rule.UNREADABLE)) {
            remedies.add("strip the notebooks, move data out, or exclude the files");
        }
        if (errors.stream().anyMatch(f -> f.file().startsWith(Manifest.ENTRY_NAME))) {
            remedies.add("rename the files, taken or left out, or rewrite a reason, that the manifest would carry");
        }
        if (report.hasErrorsThatCanBeAccepted()) {
            remedies.add("a value reviewed and found not to be data can be accepted under verify.accepted in the policy file");
        }
        return String.join("; ", remedies);
    }
}
