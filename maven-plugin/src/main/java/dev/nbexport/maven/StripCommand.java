package dev.nbexport.maven;

/**
 * The command that strips under the policy a goal used, for hints: its preset and policy file
 * repeated as user properties, as they may have come from the command line or from another
 * execution's configuration, and without them {@code strip} would apply another policy.
 */
final class StripCommand {

    private StripCommand() {
    }

    /** {@code mvn nbexport:strip}, with {@code -Dnbexport.preset} and {@code -Dnbexport.policy} where set. */
    static String of(String preset, String policyFile) {
        StringBuilder command = new StringBuilder("mvn nbexport:strip");
        if (preset != null && !preset.isBlank()) {
            command.append(" -Dnbexport.preset=").append(quoted(preset.strip()));
        }
        if (policyFile != null) {
            command.append(" -Dnbexport.policy=").append(quoted(policyFile));
        }
        return command.toString();
    }

    /** A value as a POSIX shell reads it back: as it is when that is safe, else in single quotes. */
    static String quoted(String value) {
        return value.matches("[A-Za-z0-9_./:@%+=,-]+") ? value : "'" + value.replace("'", "'\\''") + "'";
    }
}
