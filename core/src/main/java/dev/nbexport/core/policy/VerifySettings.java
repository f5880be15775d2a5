package dev.nbexport.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How verification is tuned: a severity per rule id ({@code error}, {@code warning}, {@code off}),
 * thresholds of the text rules by name, and the findings reviewed and accepted. Empty means the
 * defaults.
 */
public record VerifySettings(Map<String, String> severities, Map<String, Integer> thresholds,
                             List<AcceptedFinding> accepted) {

    public static final VerifySettings DEFAULTS = new VerifySettings(Map.of(), Map.of());

    public static final java.util.Set<String> LEVELS = java.util.Set.of("error", "warning", "off");
    public static final java.util.Set<String> THRESHOLDS = java.util.Set.of(
            "blob-min-length", "hex-min-length", "long-line-length", "table-min-rows", "email-list-min-count",
            "iban-list-min-count", "card-list-min-count", "national-id-list-min-count",
            "max-file-size-mib");

    public VerifySettings {
        severities = Map.copyOf(severities);
        thresholds = Map.copyOf(thresholds);
        accepted = List.copyOf(accepted);
    }

    public VerifySettings(Map<String, String> severities, Map<String, Integer> thresholds) {
        this(severities, thresholds, List.of());
    }

    public VerifySettings with(VerifySettings other) {
        java.util.Map<String, String> s = new java.util.HashMap<>(severities);
        s.putAll(other.severities);
        java.util.Map<String, Integer> t = new java.util.HashMap<>(thresholds);
        t.putAll(other.thresholds);
        List<AcceptedFinding> a = new ArrayList<>(accepted);
        a.addAll(other.accepted);
        return new VerifySettings(s, t, a);
    }
}
