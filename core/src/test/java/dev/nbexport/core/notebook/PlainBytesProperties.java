package dev.nbexport.core.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class PlainBytesProperties {

    /** Mostly plain bytes, with now and then one that ends a run: where the eight-at-a-time test can go wrong. */
    @Provide
    Arbitrary<byte[]> texts() {
        Arbitrary<Byte> plain = Arbitraries.bytes().between((byte) 0x20, (byte) 0x7e).filter(b -> b != '"' && b != '\\');
        Arbitrary<Byte> ending = Arbitraries.of((byte) '"', (byte) '\\', (byte) 0, (byte) 0x1f, (byte) '\n', (byte) 0x7f,
                (byte) 0x80, (byte) 0xc3, (byte) 0xff, (byte) 0x21, (byte) 0x5b, (byte) 0x5d, (byte) 0x23);
        return Arbitraries.frequencyOf(Tuple.of(30, plain), Tuple.of(1, ending))
                .array(byte[].class).ofMaxSize(40);
    }

    @Property(tries = 5000)
    void textEndsAtTheFirstByteThatEndsARunOfPlainBytes(@ForAll("texts") byte[] bytes, @ForAll int start) {
        int from = bytes.length == 0 ? 0 : Math.floorMod(start, bytes.length + 1);
        assertEquals(endOfTextByDecoding(bytes, from), PlainBytes.endOfText(bytes, from));
    }

    /** Plain text, UTF-8 characters of every length, and bytes that are not UTF-8 or end a run, in pieces. */
    @Provide
    Arbitrary<byte[]> utf8Texts() {
        Arbitrary<byte[]> plain = Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(12)
                .map(text -> text.getBytes(StandardCharsets.US_ASCII));
        Arbitrary<byte[]> character = Arbitraries.integers().between(0x80, 0x10ffff)
                .filter(cp -> cp < 0xd800 || cp > 0xdfff)
                .map(cp -> new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> odd = Arbitraries.of((byte) '"', (byte) '\\', (byte) 0x0a, (byte) 0x80, (byte) 0xbf, (byte) 0xc0,
                (byte) 0xc2, (byte) 0xe0, (byte) 0xed, (byte) 0xf0, (byte) 0xf4, (byte) 0xf5, (byte) 0xff).map(b -> new byte[] {b});
        return Arbitraries.frequencyOf(Tuple.of(6, plain), Tuple.of(3, character), Tuple.of(1, odd))
                .list().ofMaxSize(12).map(PlainBytesProperties::joined);
    }

    @Property(tries = 5000)
    void textEndsAtTheFirstByteThatIsNeitherPlainNorInAStrictUtf8Character(@ForAll("utf8Texts") byte[] bytes, @ForAll int start) {
        int from = bytes.length == 0 ? 0 : Math.floorMod(start, bytes.length + 1);
        assertEquals(endOfTextByDecoding(bytes, from), PlainBytes.endOfText(bytes, from));
    }

    /** The oracle: a character at a time, decoded. */
    private static int endOfTextByDecoding(byte[] bytes, int from) {
        int end = from;
        while (end < bytes.length) {
            int b = bytes[end] & 0xff;
            int next = b >= 0x80 ? Utf8.sequenceEnd(bytes, end)
                    : b < 0x20 || b == '"' || b == '\\' ? -1 : end + 1;
            if (next < 0) {
                break;
            }
            end = next;
        }
        return end;
    }

    /** Text as above, with the characters that end a line for Python and their neighbours mixed in. */
    @Provide
    Arbitrary<byte[]> lineTexts() {
        Arbitrary<byte[]> near = Arbitraries.of(0x84, 0x85, 0x86, 0x2027, 0x2028, 0x2029, 0x202a, 0x2085)
                .map(cp -> new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
        return Arbitraries.frequencyOf(Tuple.of(3, utf8Texts()), Tuple.of(1, near))
                .list().ofMaxSize(6).map(PlainBytesProperties::joined);
    }

    @Property(tries = 5000)
    void lineTextEndsAlsoAtTheCharactersThatEndALine(@ForAll("lineTexts") byte[] bytes, @ForAll int start) {
        int from = bytes.length == 0 ? 0 : Math.floorMod(start, bytes.length + 1);
        int expected = from;
        while (expected < bytes.length) {
            int b = bytes[expected] & 0xff;
            int scalar = b >= 0x80 ? Utf8.scalarAt(bytes, expected) : b;
            boolean stops = b >= 0x80 ? scalar < 0 || scalar == 0x85 || scalar == 0x2028 || scalar == 0x2029
                    : b < 0x20 || b == '"' || b == '\\';
            if (stops) {
                break;
            }
            expected += Utf8.length(b);
        }
        assertEquals(expected, PlainBytes.endOfLineText(bytes, from));
    }

    /** Runs of spaces of every length, broken by a few other bytes. */
    @Provide
    Arbitrary<byte[]> indented() {
        Arbitrary<Byte> other = Arbitraries.of((byte) '"', (byte) '\t', (byte) '\n', (byte) 0, (byte) 0x21, (byte) 0xa0, (byte) 0x60);
        return Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.just((byte) ' ')), Tuple.of(1, other))
                .array(byte[].class).ofMaxSize(40);
    }

    @Property(tries = 5000)
    void spacesEndAtTheFirstOtherByte(@ForAll("indented") byte[] bytes, @ForAll int start) {
        int from = bytes.length == 0 ? 0 : Math.floorMod(start, bytes.length + 1);
        int expected = from;
        while (expected < bytes.length && bytes[expected] == ' ') {
            expected++;
        }
        assertEquals(expected, PlainBytes.endOfSpaces(bytes, from));
    }

    private static byte[] joined(List<byte[]> pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pieces.forEach(out::writeBytes);
        return out.toByteArray();
    }
}
