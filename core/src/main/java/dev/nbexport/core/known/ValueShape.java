package dev.nbexport.core.known;

/**
 * Whether one value of a data file identifies someone by its shape, and its hashes. Kept: an e-mail
 * address; two words or more with letters, one of three letters or more (a full name, an address
 * line), counted between spaces, so that {@code O'Brien} and {@code Al-Sayed} are one word; a word
 * holding five digits or more beside letters or other words, or a number alone of eight digits or
 * more (an id, a phone number, an IBAN). Not kept, as ordinary code and prose are full of them:
 * single words (a city, a segment, {@code yes}, a surname), amounts ({@code 2238.50}), dates,
 * numbers alone of fewer than eight digits (a postcode, a short id: code holds such numbers by the
 * thousand, Unicode tables and constants), hex literals ({@code 0x3f800000}), placeholders of one
 * letter a word ({@code N/A}), and free text of more than {@link #MAX_WORDS} words (a note, which
 * matches nothing as a whole).
 *
 * @param hash        the hash of all its words: equal values, whatever their case and separators, hash alike
 * @param matchHash   the hash of its first {@link #MATCH_WORDS} words, which a text is searched for
 * @param firstWord   the hash of its first word
 * @param words       how many words it has
 * @param identifying whether it is kept by its shape
 */
record ValueShape(long hash, long matchHash, long firstWord, int words, boolean identifying) {

    /** The longest sequence of words a text is searched for: a longer value is known by its first words. */
    static final int MATCH_WORDS = 6;
    static final int MAX_WORDS = 10;
    private static final int DIGITS_BESIDE_OTHERS = 5;
    private static final int DIGITS_ALONE = 8;

    static final ValueShape EMPTY = new ValueShape(0, 0, 0, 0, false);

    static ValueShape of(String value) {
        Words words = new Words(value);
        long hash = Words.START;
        long matchHash = Words.START;
        int count = 0;
        long firstWord = 0;
        boolean longWord = false;
        int mostDigits = 0;
        boolean onlyDigits = true;
        while (words.next()) {
            count++;
            firstWord = count == 1 ? words.hash : firstWord;
            hash = Words.append(hash, words.hash);
            if (count <= MATCH_WORDS) {
                matchHash = Words.append(matchHash, words.hash);
            }
            if (words.letters > 0) {
                longWord |= words.letters >= 3;
                onlyDigits = false;
            }
            mostDigits = Math.max(mostDigits, words.digits);
        }
        if (count == 0) {
            return EMPTY;
        }
        boolean identifying = count <= MAX_WORDS && !isAmount(value) && !isHexLiteral(value)
                && (isEmail(value)
                || spacedWordsWithLetters(value) >= 2 && longWord
                || mostDigits >= DIGITS_BESIDE_OTHERS && !(count == 1 && onlyDigits)
                || mostDigits >= DIGITS_ALONE);
        return new ValueShape(hash, matchHash, firstWord, count, identifying);
    }

    /** How many parts between spaces and commas hold a letter: {@code O'Brien} is one, {@code Siobhan O'Brien} two. */
    private static int spacedWordsWithLetters(String value) {
        int count = 0;
        long firstWord = 0;
        boolean letter = false;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : ' ';
            if (Character.isWhitespace(c) || c == ',') {
                count += letter ? 1 : 0;
                letter = false;
            } else if (Character.isLetter(c)) {
                letter = true;
            }
        }
        return count;
    }

    /** A number written in hex, {@code 0x3f800000}: a constant, not an id. */
    static boolean isHexLiteral(String value) {
        String v = value.strip();
        if (v.length() < 3 || v.charAt(0) != '0' || (v.charAt(1) != 'x' && v.charAt(1) != 'X')) {
            return false;
        }
        for (int i = 2; i < v.length(); i++) {
            if (Character.digit(v.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** An e-mail address: one {@code @} with a word before it and a dotted domain after it, no space. */
    static boolean isEmail(String value) {
        String v = value.strip();
        int at = v.indexOf('@');
        if (at <= 0 || at != v.lastIndexOf('@') || v.indexOf(' ') >= 0) {
            return false;
        }
        int dot = v.lastIndexOf('.');
        return dot > at + 1 && dot < v.length() - 2;
    }

    /**
     * A number with a decimal part, perhaps signed, with a currency sign or thousands separators:
     * {@code 2238.50}, {@code -1,204.5}, {@code € 12.345,67}, {@code 52.520008}. A balance, a
     * measure or a coordinate is not a value to look for: the same figure is anywhere.
     */
    static boolean isAmount(String value) {
        String v = value.strip();
        int end = v.length();
        while (end > 0 && "$€£¥% ".indexOf(v.charAt(end - 1)) >= 0) {
            end--;
        }
        int decimals = 0;
        while (decimals < end && Character.isDigit(v.charAt(end - decimals - 1))) {
            decimals++;
        }
        int separator = end - decimals - 1;
        if (decimals == 0 || separator < 1 || v.charAt(separator) != '.' && v.charAt(separator) != ',') {
            return false;
        }
        for (int i = 0; i < separator; i++) {
            char c = v.charAt(i);
            if ((c < '0' || c > '9') && "+-., '_$€£¥".indexOf(c) < 0) {
                return false;
            }
        }
        return Character.isDigit(v.charAt(separator - 1));
    }
}
