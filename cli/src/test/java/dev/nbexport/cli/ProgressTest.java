package dev.nbexport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

class ProgressTest {

    /** A console as JDK 22+ has them: one that says whether it is a terminal. */
    public static final class TellingConsole {
        private final boolean terminal;

        TellingConsole(boolean terminal) {
            this.terminal = terminal;
        }

        public boolean isTerminal() {
            return terminal;
        }
    }

    private static final Method IS_TERMINAL = isTerminal();

    private static Method isTerminal() {
        try {
            return TellingConsole.class.getMethod("isTerminal");
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aConsoleThatCanTellWhetherItIsATerminalIsAsked() {
        assertEquals(false, Progress.terminal(new TellingConsole(false), IS_TERMINAL), "JDK 22-24: a console also when redirected");
        assertEquals(true, Progress.terminal(new TellingConsole(true), IS_TERMINAL));
    }

    @Test
    void aConsoleThatCannotTellIsATerminalAndNoConsoleIsNone() {
        assertEquals(true, Progress.terminal(new Object(), null), "JDK 17-21: a console only on a terminal");
        assertEquals(false, Progress.terminal(null, null));
        assertEquals(false, Progress.terminal(null, IS_TERMINAL));
    }

    @Test
    void consolesCanTellFromJava22() {
        assertEquals(Runtime.version().feature() >= 22, Progress.ConsoleIsTerminal.METHOD != null);
    }
}
