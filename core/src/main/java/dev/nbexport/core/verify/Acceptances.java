package dev.nbexport.core.verify;

import dev.nbexport.core.policy.AcceptedFinding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Marks the findings that a reviewer accepted as not being data. */
public final class Acceptances {

    private Acceptances() {
    }

    /** Whether a reviewer could accept {@code finding}: of a rule that guesses from text, with a hash to name its value. */
    public static boolean canBeAccepted(Finding finding) {
        return finding.sha256() != null && finding.sha256().length() == AcceptedFinding.HASH_DIGITS
                && AcceptedFinding.RULES.contains(finding.rule().id());
    }

    /** What {@code accepted} lists for the file at {@code path}. */
    public static List<AcceptedFinding> forFile(List<AcceptedFinding> accepted, Path path) {
        if (accepted.isEmpty()) {
            return List.of();
        }
        Path file = path.toAbsolutePath().normalize();
        return accepted.stream().filter(a -> a.file().equals(file)).toList();
    }

    /**
     * {@code findings} of one file with those that {@code ofTheFile} (acceptances of that file)
     * names by rule and SHA-256 marked accepted; a finding that cannot be accepted (see
     * {@link #canBeAccepted}) stays as it is.
     */
    public static List<Finding> apply(List<Finding> findings, List<AcceptedFinding> ofTheFile) {
        return ofTheFile.isEmpty() ? findings : apply(findings, file -> ofTheFile);
    }

    /** {@code findings} of any files, each matched against the acceptances {@code ofFile} gives for its file. */
    public static List<Finding> apply(List<Finding> findings, Function<String, List<AcceptedFinding>> ofFile) {
        List<Finding> marked = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            String reason = reasonFor(finding, ofFile.apply(finding.file()));
            marked.add(reason == null ? finding : finding.accept(reason));
        }
        return marked;
    }

    private static String reasonFor(Finding finding, List<AcceptedFinding> ofTheFile) {
        if (!canBeAccepted(finding) || finding.severity() == Severity.OFF) {
            return null;
        }
        String rule = finding.rule().id();
        for (AcceptedFinding accepted : ofTheFile) {
            if (accepted.rule().equals(rule) && accepted.sha256().equals(finding.sha256())) {
                return accepted.reason();
            }
        }
        return null;
    }
}
