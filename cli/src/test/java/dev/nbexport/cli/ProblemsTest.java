package dev.nbexport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Running out of memory is one line naming the file, and advises a larger heap only where one helps. */
class ProblemsTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Problems problems = new Problems(new PrintStream(err, true, StandardCharsets.UTF_8), false);

    @Test
    void aFullHeapAdvisesALargerOne() {
        problems.report("big.ipynb", new OutOfMemoryError("Java heap space"));
        assertEquals("nbexport: big.ipynb: too large for the memory Java was given; set more with JAVA_OPTS=-Xmx<size>, such as -Xmx4g\n",
                err.toString(StandardCharsets.UTF_8));
        assertEquals(ExitCode.INVALID_INPUT, problems.exitCode());
    }

    @Test
    void anArrayPastJavasLimitDoesNot() {
        problems.report("huge.ipynb", new OutOfMemoryError("Requested array size exceeds VM limit"));
        assertEquals("nbexport: huge.ipynb: too large (Requested array size exceeds VM limit)\n", err.toString(StandardCharsets.UTF_8));
        assertEquals(ExitCode.INVALID_INPUT, problems.exitCode());
        assertEquals("ran out of memory (Requested array size exceeds VM limit)",
                Problems.outOfMemory(new OutOfMemoryError("Requested array size exceeds VM limit")));
    }
}
