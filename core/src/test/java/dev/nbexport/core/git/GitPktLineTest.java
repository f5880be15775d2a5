package dev.nbexport.core.git;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GitPktLineTest {

    private static PktLine.Reader reader(String wire) {
        return new PktLine.Reader(new ByteArrayInputStream(wire.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void writesTextPacketsWithLengthAndLineFeedAndFlushPackets() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PktLine.Writer writer = new PktLine.Writer(out);
        writer.text("git-filter-server");
        writer.text("version=2");
        writer.flush();
        assertEquals("0016git-filter-server\n000eversion=2\n0000", out.toString(StandardCharsets.US_ASCII));
    }

    @Test
    void readsTextListsUpToFlushWithoutTheLineFeed() throws IOException {
        PktLine.Reader reader = reader("0016git-filter-client\n000eversion=2\n0000000dcommand=x0000");
        assertEquals(List.of("git-filter-client", "version=2"), reader.readTextList());
        assertEquals(List.of("command=x"), reader.readTextList(), "a text packet without LF is taken as it is");
        assertSame(PktLine.END, reader.readOrEnd());
    }

    @Test
    void splitsContentIntoPacketsOfAtMost65516BytesAndReadsItBack() throws IOException {
        byte[] content = new byte[2 * PktLine.MAX_PAYLOAD + 10];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PktLine.Writer writer = new PktLine.Writer(out);
        writer.content(content, 0, content.length);
        writer.flush();
        byte[] wire = out.toByteArray();
        assertEquals(content.length + 3 * 4 + 4, wire.length);
        assertEquals("fff0", new String(wire, 0, 4, StandardCharsets.US_ASCII), "a full packet is 65520 bytes with its header");
        assertEquals("000e", new String(wire, 2 * 65520, 4, StandardCharsets.US_ASCII));

        PktLine.Reader reader = new PktLine.Reader(new ByteArrayInputStream(wire));
        ByteArrayOutputStream back = new ByteArrayOutputStream();
        reader.readContent(back);
        assertArrayEquals(content, back.toByteArray());
        assertSame(PktLine.END, reader.readOrEnd());
    }

    @Test
    void streamsContentFromAnInputStream() throws IOException {
        byte[] content = new byte[PktLine.MAX_PAYLOAD + 1];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PktLine.Writer(out).content(new ByteArrayInputStream(content));
        PktLine.Reader reader = new PktLine.Reader(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(PktLine.MAX_PAYLOAD, reader.read().length);
        assertEquals(1, reader.read().length);
    }

    @Test
    void emptyContentIsJustTheFlush() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PktLine.Writer writer = new PktLine.Writer(out);
        writer.content(new byte[0], 0, 0);
        writer.flush();
        assertEquals("0000", out.toString(StandardCharsets.US_ASCII));
        assertNull(reader("0000").read());
    }

    @Test
    void rejectsBrokenFraming() {
        assertThrows(PktLine.ProtocolException.class, () -> reader("zz12abc").read());
        assertThrows(PktLine.ProtocolException.class, () -> reader("0002").read(), "lengths 1 to 3 are reserved");
        assertThrows(PktLine.ProtocolException.class, () -> reader("fff1" + "x".repeat(65517)).read(), "over the maximum");
        assertThrows(EOFException.class, () -> reader("000a abc").read(), "cut inside the payload");
        assertThrows(EOFException.class, () -> reader("00").read(), "cut inside the header");
        assertThrows(EOFException.class, () -> reader("").read());
        assertThrows(IllegalArgumentException.class,
                () -> new PktLine.Writer(new ByteArrayOutputStream()).text("x".repeat(PktLine.MAX_PAYLOAD)));
    }
}
