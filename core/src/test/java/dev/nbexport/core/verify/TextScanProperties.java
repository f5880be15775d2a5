package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;

/** The text rules search only texts that may hold what they look for: those tests must never miss. */
class TextScanProperties {

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Character> ascii = Arbitraries.chars().range(' ', '~');
        Arbitrary<Character> any = Arbitraries.chars().range('\u0000', '\uffff');
        Arbitrary<Character> mixed = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, ascii), net.jqwik.api.Tuple.of(1, Arbitraries.of('\n', '\t', 'é', '€', '\ud83d', '\ude00')),
                net.jqwik.api.Tuple.of(1, any));
        return mixed.list().ofMaxSize(600).map(chars -> {
            StringBuilder text = new StringBuilder(chars.size());
            chars.forEach(text::append);
            return text.toString();
        });
    }

    @Property(tries = 2000)
    void aLiteralInTheTextMayBeThere(@ForAll("texts") String text, @ForAll int from, @ForAll int length, @ForAll boolean upper) {
        if (text.length() < 2) {
            return;
        }
        int start = Math.floorMod(from, text.length() - 1);
        int end = start + 2 + Math.floorMod(length, Math.min(20, text.length() - start - 1));
        TextScanner.Scan scan = new TextScanner.Scan(text);
        // Taken from the text as the rules read it: a lone carriage return ends a line there.
        String literal = scan.text.substring(start, end);

        assertTrue(scan.mayContain(literal), literal);
        // The rules search some literals with A-Z lowered: the test takes A-Z and a-z alike.
        assertTrue(scan.mayContain(asciiCase(literal, upper)), literal);
    }

    @Property(tries = 500)
    void digitsAreCountedAsTheTextHoldsThem(@ForAll("texts") String text) {
        assertEquals(text.chars().filter(c -> c >= '0' && c <= '9').count(), new TextScanner.Scan(text).digits());
    }

    @Property(tries = 500)
    void eachAsciiCharacterIsCountedAsTheTextHoldsIt(@ForAll("texts") String text, @ForAll @CharRange(to = '\u007f') char c) {
        TextScanner.Scan scan = new TextScanner.Scan(text);

        assertEquals(scan.text.chars().filter(x -> x == c).count(), scan.count(c));
    }

    @Property(tries = 500)
    void linesAreCountedWithALoneCarriageReturnAsABreak(@ForAll("texts") String text, @ForAll @IntRange(max = 30) int lines) {
        long breaks = text.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count();

        assertEquals(breaks + 1 >= lines, new TextScanner.Scan(text).hasLines(lines));
    }

    @Property(tries = 500)
    void theLongestWordIsMeasuredAsTheTextHoldsIt(@ForAll("texts") String text) {
        int longest = 0;
        int word = 0;
        for (char c : text.toCharArray()) {
            word = c > ' ' ? word + 1 : 0;
            longest = Math.max(longest, word);
        }
        assertEquals(longest, new TextScanner.Scan(text).longestWord());
    }

    private static String asciiCase(String text, boolean upper) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (upper && c >= 'a' && c <= 'z' || !upper && c >= 'A' && c <= 'Z') {
                chars[i] = (char) (c ^ 0x20);
            }
        }
        return new String(chars);
    }

    @Example
    void aLiteralAbsentFromASmallTextIsRuledOut() {
        TextScanner.Scan scan = new TextScanner.Scan("for row in frame.itertuples():\n    print(row.total)\n");

        assertFalse(scan.mayContain("password"));
        assertFalse(scan.mayContain("PRIVATE KEY-----"));
        assertFalse(scan.mayContain("data:"));
        assertTrue(scan.mayContain("ROW.TOTAL"));
    }
}
