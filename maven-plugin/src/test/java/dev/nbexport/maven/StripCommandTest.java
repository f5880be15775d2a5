package dev.nbexport.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The strip command a hint gives repeats the preset and policy file the failing goal used. */
class StripCommandTest {

    @Test
    void withoutPresetOrPolicyFileItIsThePlainGoal() {
        assertEquals("mvn nbexport:strip", StripCommand.of(null, null));
        assertEquals("mvn nbexport:strip", StripCommand.of(" ", null));
    }

    @Test
    void aPresetOrPolicyFileInForceIsRepeatedAsAUserProperty() {
        assertEquals("mvn nbexport:strip -Dnbexport.preset=export", StripCommand.of(" export", null));
        assertEquals("mvn nbexport:strip -Dnbexport.preset=export -Dnbexport.policy=conf/strict.yaml",
                StripCommand.of("export", "conf/strict.yaml"));
    }

    @Test
    void aValueTheShellWouldSplitOrExpandIsQuoted() {
        assertEquals("mvn nbexport:strip -Dnbexport.policy='my policies/it'\\''s.yaml'",
                StripCommand.of(null, "my policies/it's.yaml"));
        assertEquals("'$HOME'", StripCommand.quoted("$HOME"));
    }
}
