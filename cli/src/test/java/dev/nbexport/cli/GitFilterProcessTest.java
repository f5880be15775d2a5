package dev.nbexport.cli;

import static dev.nbexport.cli.Notebooks.DIRTY;
import static dev.nbexport.cli.Notebooks.DIRTY_STRIPPED;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.core.git.PktLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Talks to {@code nbexport git filter-process}, run in-process, as git does: through pipes, one packet at a time. */
class GitFilterProcessTest {

    @TempDir
    Path dir;

    /** The git side of a conversation with a filter process running in another thread. */
    private final class Git implements AutoCloseable {
        private final PipedOutputStream toServer = new PipedOutputStream();
        private final PipedInputStream fromServer = new PipedInputStream(1 << 16);
        private final PktLine.Writer writer = new PktLine.Writer(toServer);
        private final PktLine.Reader reader = new PktLine.Reader(fromServer);
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();
        private final CompletableFuture<Integer> exit;

        Git(String... options) throws IOException {
            PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 16);
            PrintStream serverOut = new PrintStream(new PipedOutputStream(fromServer), false);
            List<String> args = new ArrayList<>(List.of("git", "filter-process", "--work-tree", dir.toString()));
            args.addAll(List.of(options));
            exit = CompletableFuture.supplyAsync(() -> {
                try {
                    return Main.run(serverIn, serverOut, new PrintStream(err, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
                } finally {
                    serverOut.close();
                }
            });
        }

        /** Git's half of the handshake; returns the capabilities the server took. */
        List<String> handshake(String... capabilities) throws IOException {
            writer.text("git-filter-client");
            writer.text("version=2");
            writer.flush();
            assertEquals(List.of("git-filter-server", "version=2"), reader.readTextList());
            for (String capability : capabilities) {
                writer.text("capability=" + capability);
            }
            writer.flush();
            return reader.readTextList();
        }

        /** Sends one file and returns the answer: the status, and the content when it succeeded. */
        Answer send(String command, String pathname, byte[] content) throws IOException {
            writer.text("command=" + command);
            writer.text("pathname=" + pathname);
            writer.flush();
            writer.content(content, 0, content.length);
            writer.flush();
            List<String> status = reader.readTextList();
            if (!status.equals(List.of("status=success"))) {
                return new Answer(status, null);
            }
            ByteArrayOutputStream result = new ByteArrayOutputStream();
            reader.readContent(result);
            assertEquals(List.of(), reader.readTextList(), "an empty list keeps the status");
            return new Answer(status, result.toByteArray());
        }

        String err() {
            return err.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws Exception {
            toServer.close();
            assertEquals(0, exit.get(20, TimeUnit.SECONDS), err());
        }
    }

    private record Answer(List<String> status, byte[] content) {
        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void agreesOnVersion2AndTakesOnlyCleanAndSmudge() throws Exception {
        try (Git git = new Git()) {
            assertEquals(List.of("capability=clean", "capability=smudge"), git.handshake("clean", "smudge", "delay"));
        }
    }

    @Test
    void cleansFileAfterFileInOneProcessAndCleanOutputIsAFixedPoint() throws Exception {
        try (Git git = new Git()) {
            git.handshake("clean", "smudge");
            Answer first = git.send("clean", "a.ipynb", bytes(DIRTY));
            assertEquals(List.of("status=success"), first.status());
            assertEquals(DIRTY_STRIPPED, first.text());
            Answer second = git.send("clean", "sub/b.ipynb", bytes(DIRTY.replace("print('hello')", "print('other')")));
            assertEquals(DIRTY_STRIPPED.replace("print('hello')", "print('other')"), second.text());
            Answer again = git.send("clean", "a.ipynb", first.content());
            assertArrayEquals(first.content(), again.content(), "cleaning a clean notebook changes nothing");
        }
    }

    @Test
    void anInvalidNotebookFailsAloneWithAOneLineErrorNamingItsPathAndPlace() throws Exception {
        try (Git git = new Git()) {
            git.handshake("clean", "smudge");
            Answer bad = git.send("clean", "dir/bad.ipynb", bytes("{\"nbformat\": 4,"));
            assertEquals(List.of("status=error"), bad.status());
            String err = git.err();
            assertTrue(err.startsWith("nbexport: dir/bad.ipynb: line 1, column "), err);
            assertEquals(1, err.lines().count(), err);
            assertEquals(DIRTY_STRIPPED, git.send("clean", "good.ipynb", bytes(DIRTY)).text(), "the next file still works");
        }
    }

    @Test
    void aZeppelinNoteIsCleanedAsOneByItsName() throws Exception {
        String note = "{\"paragraphs\": [{\"text\": \"%python\\nprint(1)\", \"results\": {\"code\": \"SUCCESS\","
                + " \"msg\": [{\"type\": \"TEXT\", \"data\": \"customer-42\\n\"}]}}], \"name\": \"n\"}";
        try (Git git = new Git()) {
            git.handshake("clean", "smudge");
            Answer cleaned = git.send("clean", "notes/n.zpln", bytes(note));
            assertEquals(List.of("status=success"), cleaned.status(), git.err());
            assertFalse(cleaned.text().contains("customer-42"), cleaned.text());
            assertTrue(cleaned.text().contains("print(1)"), cleaned.text());
        }
    }

    @Test
    void smudgePassesContentThroughAndAnEmptyOrBlankFileIsCleanedAsItIs() throws Exception {
        try (Git git = new Git()) {
            git.handshake("clean", "smudge");
            assertEquals(DIRTY, git.send("smudge", "a.ipynb", bytes(DIRTY)).text());
            Answer empty = git.send("clean", "new.ipynb", new byte[0]);
            assertEquals(List.of("status=success"), empty.status(), "a new file holds nothing, and must not stop git status");
            assertEquals("", empty.text());
            Answer blank = git.send("clean", "blank.ipynb", bytes("\n \t\r\n"));
            assertEquals(List.of("status=success"), blank.status(), "white space alone holds no more than an empty file");
            assertEquals("\n \t\r\n", blank.text());
            assertEquals("", git.err());
            assertEquals(DIRTY, git.send("smudge", "a.ipynb", bytes(DIRTY)).text());
        }
    }

    /** A notebook whose one output is far larger than a packet. */
    private static String large() {
        String text = "0123456789abcdef".repeat(200_000 / 16);
        return DIRTY.replace("\"text\": [\"hello-data\\n\"]", "\"text\": [\"" + text + "\"]");
    }

    @Test
    void largeFilesArriveAndLeaveInManyPackets() throws Exception {
        byte[] notebook = bytes(large());
        byte[] expected = Cli.runWithInput(notebook, "strip", "--keep-output").stdout();
        assertTrue(expected.length > 3 * PktLine.MAX_PAYLOAD);
        try (Git git = new Git("--keep-output")) {
            git.handshake("clean");
            assertArrayEquals(expected, git.send("clean", "big.ipynb", notebook).content());
        }
        try (Git git = new Git("--keep-output", "--in-memory-limit", "1k")) {
            git.handshake("clean");
            assertArrayEquals(expected, git.send("clean", "big.ipynb", notebook).content(), "spooled to disk past the limit");
            assertArrayEquals(Cli.runWithInput(bytes(DIRTY), "strip", "--keep-output").stdout(),
                    git.send("clean", "small.ipynb", bytes(DIRTY)).content(), "and small ones after it stay in memory");
        }
    }

    @Test
    void eachPathGetsThePolicyOfItsProjectFile() throws Exception {
        Files.createDirectories(dir.resolve("keep"));
        Files.writeString(dir.resolve("keep/.nbexport.yaml"), "strip:\n  keep-output: true\n");
        try (Git git = new Git()) {
            git.handshake("clean", "smudge");
            assertTrue(git.send("clean", "keep/a.ipynb", bytes(DIRTY)).text().contains("hello-data"));
            assertEquals(DIRTY_STRIPPED, git.send("clean", "other/a.ipynb", bytes(DIRTY)).text());
        }
    }

    @Test
    void aBrokenConversationEndsTheProcessWithAnError() throws Exception {
        PipedOutputStream toServer = new PipedOutputStream();
        PipedInputStream serverIn = new PipedInputStream(toServer);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> Main.run(serverIn,
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8),
                "git", "filter-process"));
        toServer.write("0013hello, not git\n0000".getBytes(StandardCharsets.US_ASCII));
        toServer.close();
        assertEquals(ExitCode.INVALID_INPUT, exit.get(20, TimeUnit.SECONDS));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("expected git-filter-client"), err.toString(StandardCharsets.UTF_8));
    }
}
