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
    void invisibleFormatCharactersAreEscapedSoANameCannotReadAsAnother() {
        // A right-to-left override makes "exe.ipynb" look like "bny.exe" on a terminal.
        assertEquals("report\\u202ebnypi.exe", Printable.escape("report\u202ebnypi.exe"));
        assertEquals("a\\u200bb\\ufeff.py", Printable.escape("a\u200bb\ufeff.py"));
    }

    @Test
    void aNameWithoutControlCharactersIsReturnedAsItIs() {
        String name = "notebooks/données analysis.ipynb";
        assertSame(name, Printable.escape(name));
    }
}
