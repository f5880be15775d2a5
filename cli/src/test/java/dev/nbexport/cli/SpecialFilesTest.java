package dev.nbexport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A named pipe or a device named on the command line is refused, not read: reading it could wait forever;
 * a path that leads to no file says why.
 */
class SpecialFilesTest {

    @TempDir
    Path dir;

    private Path namedPipe(String name) throws IOException, InterruptedException {
        Path fifo = dir.resolve(name);
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available");
        return fifo;
    }

    private static Cli.Result runWithin10Seconds(String... args) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Cli.run(args));
    }

    @Test
    void aNamedPipeIsRefusedByEveryCommandThatReadsFiles() throws Exception {
        Path fifo = namedPipe("x.ipynb");
        String expected = "nbexport: " + fifo + ": not a regular file (a pipe, device or socket is not read)\n";
        for (String[] args : new String[][] {{"strip", fifo.toString()}, {"strip", "--check", fifo.toString()},
                {"strip", "-t", fifo.toString()}, {"verify", fifo.toString()}}) {
            Cli.Result result = runWithin10Seconds(args);

            assertEquals(ExitCode.INVALID_INPUT, result.exitCode(), String.join(" ", args));
            assertEquals(expected, result.stderr(), String.join(" ", args));
        }
    }

    @Test
    void aLinkToANamedPipeIsRefusedToo() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.ipynb"), namedPipe("x.ipynb"));

        Cli.Result result = runWithin10Seconds("verify", link.toString());

        assertEquals(ExitCode.INVALID_INPUT, result.exitCode(), result.stderr());
    }

    @Test
    void aLoopOfLinksIsSaidToBeOneNotAMissingFile() throws Exception {
        Path loop = dir.resolve("a.ipynb");
        Files.createSymbolicLink(loop, Files.createSymbolicLink(dir.resolve("b.ipynb"), loop));
        for (String command : new String[] {"strip", "verify"}) {
            Cli.Result result = runWithin10Seconds(command, loop.toString());

            assertEquals(ExitCode.INVALID_INPUT, result.exitCode(), result.stderr());
            assertTrue(result.stderr().startsWith("nbexport: " + loop + ": Too many levels of symbolic links"), result.stderr());
            assertEquals(1, result.stderr().lines().count(), result.stderr());
        }
    }

    @Test
    void aDeviceIsRefused() {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(zero) && !Files.isRegularFile(zero));

        Cli.Result result = runWithin10Seconds("verify", zero.toString());

        assertEquals(ExitCode.INVALID_INPUT, result.exitCode(), result.stderr());
        assertEquals("nbexport: /dev/zero: not a regular file (a pipe, device or socket is not read)\n", result.stderr());
    }
}
