package dev.nbexport.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VerifySummaryTest {

    @Test
    void filesTheCacheAnsweredForAreCountedAmongThoseCheckedNotAsSkipped() {
        assertEquals("", VerifyMojo.cached(0, 3));
        assertEquals("; unchanged since a build found it clean", VerifyMojo.cached(1, 1));
        assertEquals("; all unchanged since a build found them clean", VerifyMojo.cached(3, 3));
        assertEquals("; 2 of them unchanged since a build found them clean", VerifyMojo.cached(2, 3));
    }
}
