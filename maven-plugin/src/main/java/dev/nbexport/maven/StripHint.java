package dev.nbexport.maven;

import dev.nbexport.core.io.ShellWords;

/**
 * The command that strips under the policy a goal used, for hints: its preset and policy file
 * repeated as user properties, as they may have come from the command line or from another
 * execution's configuration, and without them {@code strip} would apply another policy.
 */
final class StripHint {

    private StripHint() {
    }

    /** {@code mvn nbexport:strip}, with {@code -Dnbexport.preset} and {@code -Dnbexport.policy} where set. */
    static String of(String preset, String policyFile) {
        StringBuilder command = new StringBuilder("mvn nbexport:strip");
        if (preset != null && !preset.isBlank()) {
            command.append(" -Dnbexport.preset=").append(ShellWords.quoted(preset.strip()));
        }
        if (policyFile != null) {
            command.append(" -Dnbexport.policy=").append(ShellWords.quoted(policyFile));
        }
        return command.toString();
    }
}
