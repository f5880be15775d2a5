package dev.nbexport.core.verify;

/**
 * The {@code hidden-text} rule: characters that show as nothing, in the numbers or sequences that
 * spell out data. Unicode tag characters (U+E0020 to U+E007E) map one to one onto ASCII and are
 * drawn by almost nothing; zero-width spaces, joiners and non-joiners, word joiners, invisible
 * operators, variation selectors (Mongolian's free ones too), Hangul fillers and directional marks
 * (Arabic's letter mark too) carry bits by which of them
 * stands where. Text uses them one at a time: a joiner between two emoji, a variation selector after
 * a character, a mark in right-to-left text, a flag's tags after U+1F3F4. So a text holds hidden
 * characters when it has a tag character outside a flag, a run of {@value #RUN} or more of them, or
 * {@value #SPREAD} or more in all (the tags of a flag other than England's, Scotland's and Wales's
 * among them: drawn as a black flag, they spell what no one sees), a joiner or non-joiner within a word of another script than
 * ASCII, a variation selector after such a character and a directional mark beside one not counted;
 * one hit a text, over the span from the first to the last.
 */
final class HiddenCharacters {

    /** Consecutive invisible characters: emoji sequences have at most two (a variation selector, a joiner). */
    static final int RUN = 3;
    /** Invisible characters in one text, one at a time: pasted web text brings a few zero-width spaces. */
    static final int SPREAD = 16;

    private static final int BLACK_FLAG = 0x1F3F4;
    /** The combining keycap a digit's emoji form ends with: 1, a variation selector, U+20E3. */
    private static final int KEYCAP = 0x20E3;
    private static final int CANCEL_TAG = 0xE007F;
    /** Tags of the longest subdivision flag: a region's two letters and up to four more. */
    private static final int FLAG_MAX = 6;
    /** The subdivision flags Unicode recommends, drawn as flags: England, Scotland, Wales. */
    private static final java.util.Set<String> RECOMMENDED_FLAGS = java.util.Set.of("gbeng", "gbsct", "gbwls");

    private HiddenCharacters() {
    }

    static void find(TextScanner.Scan scan) {
        String text = scan.text;
        if (!mayHold(scan.chars)) {
            return;
        }
        int first = -1;
        int last = -1;
        int count = 0;
        int run = 0;
        boolean found = false;
        boolean inFlag = false;
        int flagLength = 0;
        StringBuilder flag = new StringBuilder(FLAG_MAX);
        int flagStart = -1;
        int previous = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (isTag(c)) {
                if (!inFlag && previous == BLACK_FLAG) {
                    inFlag = true;
                    flagLength = 0;
                    flag.setLength(0);
                    flagStart = i;
                }
                if (!inFlag || c != CANCEL_TAG && (!isFlagLetter(c) || ++flagLength > FLAG_MAX)) {
                    found = true;
                } else if (c != CANCEL_TAG) {
                    flag.appendCodePoint(c - 0xE0000);
                }
                if (c == CANCEL_TAG && inFlag) {
                    inFlag = false;
                    // A flag Unicode recommends shows; the tags of any other spell what no one sees.
                    if (!RECOMMENDED_FLAGS.contains(flag.toString())) {
                        count += flagLength;
                        first = first < 0 ? flagStart : first;
                        last = next;
                    }
                }
            } else {
                if (inFlag && !RECOMMENDED_FLAGS.contains(flag.toString())) {
                    count += flagLength;
                    first = first < 0 ? flagStart : first;
                    last = i;
                }
                inFlag = false;
            }
            if (isInvisible(c) || isTag(c) && !inFlag && c != CANCEL_TAG) {
                if (first < 0) {
                    first = i;
                }
                last = next;
                if (!usedAsTextUsesIt(text, i, next, c)) {
                    count++;
                }
                if (++run >= RUN) {
                    found = true;
                }
            } else if (!isTag(c)) {
                run = 0;
            }
            previous = c;
            i = next;
        }
        if (inFlag && !RECOMMENDED_FLAGS.contains(flag.toString())) {
            count += flagLength;
            first = first < 0 ? flagStart : first;
            last = text.length();
        }
        if (found || count >= SPREAD) {
            scan.add(Rule.HIDDEN_TEXT, first, last, count + " characters that show as nothing (zero-width, variation selectors,"
                    + " Unicode tags), which can spell out data");
        }
    }

    /**
     * Whether the character {@code c} at {@code start} stands where text puts one, one at a time: a
     * joiner or non-joiner between two characters other than ASCII (as Persian, Arabic and the Indic
     * scripts write words, and as emoji sequences join their parts), a variation selector after such a
     * character (an emoji table asks for the emoji form of each symbol) or in a keycap, a directional
     * mark beside one (right-to-left text, a keyboard map's comments). Not counted one by one; in a
     * run, still. After ASCII letters and digits none of them has a use.
     */
    private static boolean usedAsTextUsesIt(String text, int start, int end, int c) {
        int before = start == 0 ? 0 : text.codePointBefore(start);
        int after = end >= text.length() ? 0 : text.codePointAt(end);
        if (c == 0x200C || c == 0x200D) {
            return isVisibleOutsideAscii(before) && isVisibleOutsideAscii(after);
        }
        if (c >= 0xFE00 && c <= 0xFE0F || c >= 0xE0100 && c <= 0xE01EF) {
            return isVisibleOutsideAscii(before) || after == KEYCAP;
        }
        if (c == 0x200E || c == 0x200F || c == 0x061C) {
            return isVisibleOutsideAscii(before) || isVisibleOutsideAscii(after);
        }
        return false;
    }

    private static boolean isVisibleOutsideAscii(int c) {
        return c > 0x7F && !isInvisible(c) && !isTag(c);
    }

    /** Whether {@code chars} holds any character this rule looks at: a cheap pass over most texts. */
    private static boolean mayHold(char[] chars) {
        for (char c : chars) {
            if (c >= 0x034F && (c == 0x034F || c == 0x061C || c >= 0x115F && c <= 0x1160 || c >= 0x17B4 && c <= 0x17B5
                    || c >= 0x180B && c <= 0x180F
                    || c >= 0x200B && c <= 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2060 && c <= 0x206F
                    || c == 0x3164 || c >= 0xFE00 && c <= 0xFE0F || c == 0xFEFF || c == 0xFFA0 || c == 0xDB40)) {
                return true;
            }
        }
        return false;
    }

    /** Characters drawn as nothing, tag characters apart. */
    static boolean isInvisible(int c) {
        return c == 0x034F || c == 0x061C || c == 0x115F || c == 0x1160 || c == 0x17B4 || c == 0x17B5 || c >= 0x180B && c <= 0x180F
                || c >= 0x200B && c <= 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2060 && c <= 0x2064
                || c >= 0x2066 && c <= 0x206F || c == 0x3164 || c >= 0xFE00 && c <= 0xFE0F || c == 0xFEFF || c == 0xFFA0
                || c >= 0xE0100 && c <= 0xE01EF;
    }

    private static boolean isTag(int c) {
        return c == 0xE0001 || c >= 0xE0020 && c <= 0xE007F;
    }

    /** The tags a subdivision flag spells (gbeng, gbsct, usca): lowercase letters and digits. */
    private static boolean isFlagLetter(int c) {
        return c >= 0xE0061 && c <= 0xE007A || c >= 0xE0030 && c <= 0xE0039;
    }
}
