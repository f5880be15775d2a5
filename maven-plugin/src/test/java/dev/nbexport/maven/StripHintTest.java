package dev.nbexport.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The strip command a hint gives repeats the preset and policy file the failing goal used. */
class StripHintTest {

    @Test
    void withoutPresetOrPolicyFileItIsThePlainGoal() {
        assertEquals("mvn nbexport:strip", StripHint.of(null, null));
        assertEquals("mvn nbexport:strip", StripHint.of(" ", null));
    }

    @Test
    void aPresetOrPolicyFileInForceIsRepeatedAsAUserProperty() {
        assertEquals("mvn nbexport:strip -Dnbexport.preset=export", StripHint.of(" export", null));
        assertEquals("mvn nbexport:strip -Dnbexport.preset=export -Dnbexport.policy=conf/strict.yaml",
                StripHint.of("export", "conf/strict.yaml"));
    }

    @Test
    void aValueTheShellWouldSplitOrExpandIsQuoted() {
        assertEquals("mvn nbexport:strip -Dnbexport.policy='my policies/it'\\''s.yaml'",
                StripHint.of(null, "my policies/it's.yaml"));
        assertEquals("mvn nbexport:strip -Dnbexport.policy='$HOME/p.yaml'", StripHint.of(null, "$HOME/p.yaml"));
    }
}
