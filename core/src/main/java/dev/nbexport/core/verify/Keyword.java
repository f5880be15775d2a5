package dev.nbexport.core.verify;

/**
 * A literal a rule looks for in every text, its pairs of neighbouring characters hashed once
 * rather than for each text it is asked of ({@link TextScanner.Scan#mayContain(Keyword)}): the
 * rules ask for a hundred names, calls and signs a text, and most texts hold few of them.
 */
final class Keyword {

    final String text;
    /** The literal's pairs, hashed as {@link TextScanner.Scan} hashes a text's. */
    final int[] pairs;

    private Keyword(String text) {
        this.text = text;
        this.pairs = new int[Math.max(0, text.length() - 1)];
        for (int i = 1; i < text.length(); i++) {
            pairs[i - 1] = TextScanner.Scan.pair(text.charAt(i - 1), text.charAt(i));
        }
    }

    static Keyword of(String text) {
        return new Keyword(text);
    }

    static Keyword[] all(String... texts) {
        Keyword[] keywords = new Keyword[texts.length];
        for (int i = 0; i < texts.length; i++) {
            keywords[i] = of(texts[i]);
        }
        return keywords;
    }
}
