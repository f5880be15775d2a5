package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nbexport.fixtures.CovertChannels;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Text that shows one thing and holds more: characters drawn as nothing are reported where they
 * can spell out data, and not where text uses them one at a time (emoji, flags, right-to-left marks).
 */
class HiddenCharactersTest {

    private static List<Rule> rules(String text) {
        return new TextScanner(ScanSettings.DEFAULTS).scan(text).stream().map(TextHit::rule).distinct().toList();
    }

    @Test
    void asciiSpelledInTagCharactersIsReported() {
        String text = "x = 1  # fine" + CovertChannels.asTagCharacters("Ann Lee, C-100231") + "\n";
        assertEquals(List.of(Rule.HIDDEN_TEXT), rules(text));
    }

    @Test
    void bitsAsZeroWidthCharactersAreReported() {
        assertEquals(List.of(Rule.HIDDEN_TEXT), rules("total = 1" + CovertChannels.asZeroWidthCharacters("Ann Lee") + "\n"));
    }

    @Test
    void zeroWidthCharactersSpreadOneByOneOverATextAreReported() {
        String spread = String.join("\u200b", "Ann Lee ann.lee@kundenmail.de".split(""));
        assertEquals(List.of(Rule.HIDDEN_TEXT), rules(spread));
    }

    @Test
    void theHitSaysHowManyAndNeverQuotesThem() {
        String text = "a" + CovertChannels.asTagCharacters("secret") + "b";
        TextHit hit = new TextScanner(ScanSettings.DEFAULTS).scan(text).get(0);
        assertEquals(1, hit.start());
        assertEquals(text.length() - 1, hit.end());
        assertEquals("6 characters that show as nothing (zero-width, variation selectors, Unicode tags), which can spell out data",
                hit.what());
    }

    @Test
    void aFlagSpelledWithTooManyTagsIsReported() {
        String flag = "\ud83c\udff4" + CovertChannels.asTagCharacters("annleec100231").toLowerCase() + "\udb40\udc7f";
        assertEquals(List.of(Rule.HIDDEN_TEXT), rules("# " + flag + "\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "# family: \ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67 and \u2764\ufe0f\u200d\ud83d\udd25 and \ud83c\udff3\ufe0f\u200d\ud83c\udf08",
            "# England \ud83c\udff4\udb40\udc67\udb40\udc62\udb40\udc65\udb40\udc6e\udb40\udc67\udb40\udc7f and Scotland"
                    + " \ud83c\udff4\udb40\udc67\udb40\udc62\udb40\udc73\udb40\udc63\udb40\udc74\udb40\udc7f",
            "# \u0645\u0631\u062d\u0628\u0627\u200f (RTL mark), a keycap 1\ufe0f\u20e3, a\u200bword break",
            "\ufeffprint('a file that starts with a byte order mark')\n",
            "print('no hidden characters at all')\n"})
    void textThatUsesThemOneAtATimeIsNotReported(String text) {
        assertEquals(List.of(), rules(text));
    }

    @Test
    void persianTextWithANonJoinerInManyWordsIsNotReported() {
        // "mikhaham" (I want), written with a zero-width non-joiner after its prefix, twenty times.
        String text = "# " + "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 ".repeat(20) + "\n";
        assertEquals(List.of(), rules(text));
    }

    @Test
    void manyEmojiJoinedIntoFamiliesAreNotReported() {
        String text = "# " + "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67 ".repeat(20) + "\n";
        assertEquals(List.of(), rules(text));
    }

    @Test
    void anEmojiTableAndAKeyboardMapsRightToLeftCommentsAreNotReported() {
        // Each symbol asked in its emoji form, as a table of emoji codes writes it, sixty times.
        String emoji = "EMOJI = {" + "\"up\": \"\u2b06\ufe0f\", \"male\": \"\ud83d\udc71\u200d\u2642\ufe0f\", ".repeat(30) + "}\n";
        assertEquals(List.of(), rules(emoji));
        // A left-to-right mark either side of each Arabic letter a key gives, forty keys.
        String keys = "key <AC01> { [ \u0630 ] };  // \u200e\u0630\u200e \u200e\u25cc\u0651\u200e\n".repeat(20);
        assertEquals(List.of(), rules(keys));
    }

    @Test
    void variationSelectorsAndDirectionalMarksAmongAsciiAreReported() {
        String selectors = String.join("\ufe0f", "customer Ann Lee, C-100231".split(""));
        assertEquals(List.of(Rule.HIDDEN_TEXT), rules(selectors));
        String marks = String.join("\u200e", "id C-100231 ann.lee@kundenmail.de".split(""));
        assertEquals(List.of(Rule.HIDDEN_TEXT), rules(marks));
    }

    @Test
    void bitsAsArabicLetterMarksAndMongolianVariationSelectorsAreReported() {
        StringBuilder bits = new StringBuilder();
        for (byte b : "Ann Lee".getBytes(java.nio.charset.StandardCharsets.US_ASCII)) {
            for (int bit = 7; bit >= 0; bit--) {
                bits.append((b >> bit & 1) == 0 ? '\u180b' : '\u061c');
            }
        }
        assertEquals(List.of(Rule.HIDDEN_TEXT), rules("x = 1  # ok" + bits + "\n"));
    }

    @Test
    void anArabicLetterMarkInArabicTextIsNotReported() {
        assertEquals(List.of(), rules("# \u0645\u0631\u062d\u0628\u0627\u061c 42\n"));
    }

    @Test
    void dataSpelledInTheTagsOfFlagsThatAreNoneAreReported() {
        StringBuilder flags = new StringBuilder("# teams: ");
        for (String piece : List.of("annlee", "c10023", "1annle", "eatkun", "denmai")) {
            flags.append("\ud83c\udff4").append(CovertChannels.asTagCharacters(piece).toLowerCase()).append("\udb40\udc7f");
        }
        assertEquals(List.of(Rule.HIDDEN_TEXT), rules(flags + "\n"));
    }

    @Test
    void manyFlagsOfEnglandScotlandAndWalesAreNotReported() {
        String england = "\ud83c\udff4\udb40\udc67\udb40\udc62\udb40\udc65\udb40\udc6e\udb40\udc67\udb40\udc7f";
        assertEquals(List.of(), rules("# " + (england + " ").repeat(10) + "\n"));
    }
}
