package dev.nbexport.core.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Keys sort as Python sorts them: by code point, whatever UTF-16 does with surrogate pairs. */
class PythonOrderProperties {

    @Property(tries = 3000)
    void ordersByCodePoint(@ForAll("keys") String a, @ForAll("keys") String b) {
        int expected = Integer.signum(Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray()));
        assertEquals(expected, Integer.signum(PythonOrder.KEYS.compare(a, b)), () -> a + " vs " + b);
    }

    /**
     * Short keys from a few ranges where the orders differ: ASCII, U+E000..U+FFFF, pairs with two
     * different high surrogates, and lone surrogates (which nbformat 3 files may hold).
     */
    @Provide
    Arbitrary<String> keys() {
        Arbitrary<Integer> codePoint = Arbitraries.oneOf(List.of(
                Arbitraries.integers().between('a', 'c'),
                Arbitraries.integers().between(0xFFF0, 0xFFFF),
                Arbitraries.integers().between(0x10000, 0x10002),
                Arbitraries.integers().between(0x1F600, 0x1F602),
                Arbitraries.of(0xD800, 0xDBFF, 0xDC00, 0xDFFF)));
        return codePoint.list().ofMaxSize(4).map(PythonOrderProperties::fromCodePoints);
    }

    /** Code points as Python holds them: a lone surrogate stays one unit, even next to another. */
    private static String fromCodePoints(List<Integer> points) {
        StringBuilder text = new StringBuilder();
        for (int point : points) {
            text.appendCodePoint(point);
        }
        return text.toString();
    }
}
