package dev.nbexport.core.verify;

/** How much a finding matters: errors fail a verification, warnings only under {@code --strict}. */
public enum Severity {
    ERROR,
    WARNING,
    /** The rule is switched off. */
    OFF
}
