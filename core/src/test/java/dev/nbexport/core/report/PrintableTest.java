package dev.nbexport.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PrintableTest {

    @Test
    void controlCharactersAreEscapedAndTheRestKept() {
        assertEquals("a\\nb\\r\\t\\x1b[31mred\\x7f\\x9b.ipynb", Printable.escape("a\nb\r\t\u001b[31mred\u007f\u009b.ipynb"));
        assertEquals("données\\x00.ipynb", Printable.escape("données\u0000.ipynb"));
    }

    @Test
    void aNameWithoutControlCharactersIsReturnedAsItIs() {
        String name = "notebooks/données analysis.ipynb";
        assertSame(name, Printable.escape(name));
    }
}
