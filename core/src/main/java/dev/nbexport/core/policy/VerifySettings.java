package dev.nbexport.core.policy;

import java.util.Map;

/**
 * How verification is tuned: a severity per rule id ({@code error}, {@code warning}, {@code off})
 * and thresholds of the text rules by name. Empty maps mean the defaults.
 */
public record VerifySettings(Map<String, String> severities, Map<String, Integer> thresholds) {

    public static final VerifySettings DEFAULTS = new VerifySettings(Map.of(), Map.of());

    public static final java.util.Set<String> LEVELS = java.util.Set.of("error", "warning", "off");
    public static final java.util.Set<String> THRESHOLDS = java.util.Set.of(
            "blob-min-length", "hex-min-length", "long-line-length", "table-min-rows", "max-file-size-mib");

    public VerifySettings {
        severities = Map.copyOf(severities);
        thresholds = Map.copyOf(thresholds);
    }

    public VerifySettings with(VerifySettings other) {
        java.util.Map<String, String> s = new java.util.HashMap<>(severities);
        s.putAll(other.severities);
        java.util.Map<String, Integer> t = new java.util.HashMap<>(thresholds);
        t.putAll(other.thresholds);
        return new VerifySettings(s, t);
    }
}
