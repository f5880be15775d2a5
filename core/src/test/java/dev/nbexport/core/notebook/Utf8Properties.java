package dev.nbexport.core.notebook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** The strict UTF-8 check against the JDK's own decoder, which refuses the same forms Python's does. */
class Utf8Properties {

    /** Where the JDK's decoder finds the first malformed sequence, or -1. */
    private static long jdkFirstInvalid(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : -1;
    }

    /** Text in every length of sequence, with now and then a byte out of place. */
    @Provide
    Arbitrary<byte[]> texts() {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.integers().between(0, 0x7f)),
                Tuple.of(1, Arbitraries.integers().between(0x80, 0x10ffff).filter(c -> c < 0xd800 || c > 0xdfff)));
        Arbitrary<byte[]> valid = codePoint.list().ofMaxSize(30).map(points -> new String(
                points.stream().mapToInt(Integer::intValue).toArray(), 0, points.size()).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> odd = Arbitraries.of(new byte[] {(byte) 0xc0, (byte) 0xaf}, new byte[] {(byte) 0xe0, (byte) 0x80, (byte) 0xaf},
                new byte[] {(byte) 0xf0, (byte) 0x80, (byte) 0x80, (byte) 0xaf}, new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xff}, new byte[] {(byte) 0x80},
                new byte[] {(byte) 0xe2, (byte) 0x82}, new byte[] {(byte) 0xf0, (byte) 0x9f, (byte) 0x98},
                // Leads of two- and three-byte sequences before a byte that does not continue them, the
                // overlong bound, and the last scalar before the surrogates.
                new byte[] {(byte) 0xc3, 0x41}, new byte[] {(byte) 0xe2, 0x41, (byte) 0x80}, new byte[] {(byte) 0xe2, (byte) 0x82, 0x41},
                new byte[] {(byte) 0xe0, (byte) 0x9f, (byte) 0x80}, new byte[] {(byte) 0xed, (byte) 0x9f, (byte) 0xbf});
        return Arbitraries.frequencyOf(Tuple.of(12, valid), Tuple.of(1, odd)).list().ofMaxSize(8).map(parts -> {
            ByteBuffer all = ByteBuffer.allocate(parts.stream().mapToInt(p -> p.length).sum());
            parts.forEach(all::put);
            return all.array();
        });
    }

    @Property(tries = 5000)
    void findsTheSameFirstInvalidByteAsTheJdk(@ForAll("texts") byte[] bytes) throws IOException {
        long expected = jdkFirstInvalid(bytes);
        assertEquals(expected, Utf8.firstInvalid(bytes));
        assertEquals(expected, Utf8.firstInvalid(new ByteArrayInputStream(bytes)));
    }

    /** A stream is checked a chunk at a time: a sequence cut by a chunk's end must be checked whole. */
    @Property(tries = 300)
    void streamsAgreeAcrossChunkBoundaries(@ForAll("texts") byte[] text, @ForAll int shift) throws IOException {
        int chunk = 64 * 1024;
        byte[] bytes = new byte[chunk - 8 + Math.floorMod(shift, 8) + text.length];
        java.util.Arrays.fill(bytes, (byte) 'a');
        System.arraycopy(text, 0, bytes, bytes.length - text.length, text.length);
        assertEquals(jdkFirstInvalid(bytes), Utf8.firstInvalid(new ByteArrayInputStream(bytes)));
        assertEquals(jdkFirstInvalid(bytes), Utf8.firstInvalid(bytes));
    }

    @Property(tries = 300)
    void theCheckingStreamHandsOutValidBytesUnchanged(@ForAll("texts") byte[] text, @ForAll int repeat) throws IOException {
        Assume.that(Utf8.firstInvalid(text) < 0);
        byte[] bytes = new byte[text.length * (1 + Math.floorMod(repeat, 5000))];
        for (int at = 0; at + text.length <= bytes.length && text.length > 0; at += text.length) {
            System.arraycopy(text, 0, bytes, at, text.length);
        }
        try (InputStream in = NotebookReader.checkingUtf8(new ByteArrayInputStream(bytes))) {
            assertArrayEquals(bytes, in.readAllBytes());
        }
    }

    @Example
    void aCheckingStreamKeepsFailingAfterBadBytes() throws IOException {
        byte[] bytes = new byte[3 * 64 * 1024];
        java.util.Arrays.fill(bytes, (byte) 'a');
        bytes[70_000] = (byte) 0xff;
        InputStream in = NotebookReader.checkingUtf8(new ByteArrayInputStream(bytes));
        byte[] chunk = new byte[1000];
        long handedOut = 0;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                int read;
                while ((read = in.read(chunk)) > 0) {
                    handedOut += read;
                }
                throw new AssertionError("read to the end past bad bytes");
            } catch (InvalidUtf8Exception e) {
                assertEquals(70_000, e.offset());
            }
        }
        assertTrue(handedOut <= 70_000, "handed out " + handedOut + " bytes");
    }

    @Example
    void aSequenceCutByTheEndIsInvalid() throws IOException {
        byte[] cut = {'a', (byte) 0xe2, (byte) 0x82};
        assertEquals(1, Utf8.firstInvalid(cut));
        assertEquals(1, Utf8.firstInvalid(new ByteArrayInputStream(cut)));
    }
}
