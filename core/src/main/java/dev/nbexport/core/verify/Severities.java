package dev.nbexport.core.verify;

import java.util.EnumMap;
import java.util.Map;

/** The severity of each rule: its default unless the policy says otherwise. */
public record Severities(Map<Rule, Severity> overrides) {

    public static final Severities DEFAULTS = new Severities(Map.of());

    public Severities {
        overrides = overrides.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(overrides));
    }

    public Severity of(Rule rule) {
        return overrides.getOrDefault(rule, rule.defaultSeverity());
    }
}
