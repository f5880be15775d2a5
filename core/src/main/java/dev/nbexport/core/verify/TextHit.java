package dev.nbexport.core.verify;

/**
 * Something a text rule found in a string: the rule, where ({@code [start, end)} in UTF-16 units,
 * and the 1-based line), and what kind of thing it is in a few words (never the text itself).
 */
public record TextHit(Rule rule, int start, int end, int line, String what) {
}
