package dev.nbexport.core.bundle;

import dev.nbexport.core.known.KnownValues;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.verify.FileVerifier;
import dev.nbexport.core.verify.Finding;
import java.io.IOException;
import java.util.List;

/**
 * The text rules over one section of a manifest's free text ({@link ManifestCheck#freeText}), as
 * the bundler judges it before writing and a folder's verify judges the same lists beforehand.
 * Findings carry only the hash prefix reports show: none can be accepted, as a name is changed
 * and a reason rewritten instead.
 */
final class ManifestText {

    private ManifestText() {
    }

    static List<Finding> verify(byte[] text, String name, Policy policy) throws IOException {
        return verify(text, name, policy, KnownValues.NONE);
    }

    /** {@link #verify(byte[], String, Policy)}, looking for the site's known values too. */
    static List<Finding> verify(byte[] text, String name, Policy policy, KnownValues known) throws IOException {
        return new FileVerifier(policy, known).verify(text, name, ManifestCheck.TEXT_FILE_NAME).stream()
                .map(Finding::withShownHashOnly).toList();
    }
}
