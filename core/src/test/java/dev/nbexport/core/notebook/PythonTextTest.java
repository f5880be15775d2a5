package dev.nbexport.core.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PythonTextTest {

    @Test
    void splitsLinesAtEveryBreakPythonKnows() {
        assertEquals(List.of("a\n", "b\r\n", "c\r", "d\u2028", "e\u000b", "f\u0085", "g"),
                PythonText.splitLines("a\nb\r\nc\rd\u2028e\u000bf\u0085g", true));
        assertEquals(List.of("a", "b"), PythonText.splitLines("a\nb\n", false));
        assertEquals(List.of(), PythonText.splitLines("", true));
    }

    @Test
    void splitsLongStringsWhereverABreakFalls() {
        // splitlines reads 8192 characters at a time; a \r\n pair may straddle the edge.
        for (int at = 8185; at <= 8195; at++) {
            String head = "x".repeat(at) + "\r\n";
            String text = head + "y\r" + "z".repeat(20_000) + "\n\n";
            assertEquals(List.of(head, "y\r", "z".repeat(20_000) + "\n", "\n"), PythonText.splitLines(text, true));
            assertEquals(List.of("x".repeat(at), "y", "z".repeat(20_000), ""), PythonText.splitLines(text, false));
        }
    }

    @Test
    void treatsUnicodeSpacesAsWhitespaceLikePythonsStrip() {
        assertFalse(PythonText.hasNonWhitespace(" \t\n\u00a0\u2003\u3000"));
        assertTrue(PythonText.hasNonWhitespace("  x "));
    }

    @Test
    void truthinessFollowsPython() {
        assertFalse(PythonText.truthy(null));
        assertFalse(PythonText.truthy(0L));
        assertFalse(PythonText.truthy(""));
        assertFalse(PythonText.truthy(List.of()));
        assertFalse(PythonText.truthy(Map.of()));
        assertTrue(PythonText.truthy(1L));
        assertTrue(PythonText.truthy("false"));
        assertTrue(PythonText.truthy(0.5));
    }
}
