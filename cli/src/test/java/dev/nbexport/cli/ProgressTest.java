package dev.nbexport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private static final Object CONSOLE = new Object();

    @Test
    void aConsoleThatCanTellWhetherItIsATerminalIsAsked() {
        assertEquals(false, Progress.terminal(CONSOLE, Optional.<Predicate<Object>>of(console -> false)),
                "JDK 22-24: a console also when redirected");
        assertEquals(true, Progress.terminal(CONSOLE, Optional.<Predicate<Object>>of(console -> console == CONSOLE)));
    }

    @Test
    void aConsoleThatCannotTellIsATerminalAndNoConsoleIsNone() {
        assertEquals(true, Progress.terminal(CONSOLE, Optional.empty()), "JDK 17-21: a console only on a terminal");
        assertEquals(false, Progress.terminal(null, Optional.empty()));
        assertEquals(false, Progress.terminal(null, Optional.<Predicate<Object>>of(console -> true)));
    }

    @Test
    void consolesCanTellFromJava22() {
        assertEquals(Runtime.version().feature() >= 22, Progress.ConsoleIsTerminal.CHECK.isPresent());
    }
}
