package dev.nbexport.core.verify;

import java.util.EnumMap;
import java.util.Map;

/** The severity of each rule: its default unless the policy says otherwise. */
public record Severities(Map<Rule, Severity> overrides) {

    public static final Severities DEFAULTS = new Severities(Map.of());

    public Severities {
        overrides = Map.copyOf(overrides);
    }

    /** The severities a policy asks for; an unknown rule id is an {@link IllegalArgumentException}. */
    public static Severities of(dev.nbexport.core.policy.VerifySettings settings) {
        Map<Rule, Severity> overrides = new EnumMap<>(Rule.class);
        settings.severities().forEach((id, level) ->
                overrides.put(Rule.byId(id), Severity.valueOf(level.toUpperCase(java.util.Locale.ROOT))));
        return new Severities(overrides);
    }

    public Severity of(Rule rule) {
        return overrides.getOrDefault(rule, rule.defaultSeverity());
    }
}
