package dev.nbexport.core.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void endsWhereTheFirstByteThatIsNotPlainStands(@ForAll("texts") byte[] bytes, @ForAll int start) {
        int from = bytes.length == 0 ? 0 : Math.floorMod(start, bytes.length + 1);
        int expected = from;
        while (expected < bytes.length && bytes[expected] >= 0x20 && bytes[expected] != '"' && bytes[expected] != '\\') {
            expected++;
        }
        assertEquals(expected, PlainBytes.end(bytes, from));
    }
}
