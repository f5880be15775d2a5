package dev.nbexport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void standardErrorToAFileOrPipeIsRedirectedAndToATerminalIsNot(@TempDir Path dir) throws IOException {
        Path log = Files.createFile(dir.resolve("log"));
        Path toFile = Files.createSymbolicLink(dir.resolve("2"), log);
        Path toPipe = Files.createSymbolicLink(dir.resolve("pipe"), Path.of("pipe:[4242]"));
        Path toTerminal = Files.createSymbolicLink(dir.resolve("pts"), Path.of("/dev/pts/3"));
        assertEquals(true, Progress.errorRedirected(toFile));
        assertEquals(true, Progress.errorRedirected(toPipe));
        assertEquals(false, Progress.errorRedirected(toTerminal));
        assertEquals(false, Progress.errorRedirected(dir.resolve("none")), "cannot tell: as before, the console decides");
    }
}
