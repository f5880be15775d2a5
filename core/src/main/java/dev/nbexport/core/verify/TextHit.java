package dev.nbexport.core.verify;

/**
 * Something a text rule found in a string: the rule, where ({@code [start, end)} in UTF-16 units,
 * and the 1-based line), and what kind of thing it is in a few words (never the text itself).
 * {@code standsForMore}: the last hit reported of a rule that found more in the same text than are
 * reported, which stands for the rest too.
 */
public record TextHit(Rule rule, int start, int end, int line, String what, boolean standsForMore) {

    public TextHit(Rule rule, int start, int end, int line, String what) {
        this(rule, start, end, line, what, false);
    }
}
