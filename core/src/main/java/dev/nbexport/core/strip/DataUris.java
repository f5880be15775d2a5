package dev.nbexport.core.strip;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code data:} URIs (inline images, files) in markdown and raw text by a short
 * placeholder, payload and all: the payload ends where the URI's context ends it, at the closing
 * quote of an HTML attribute, the {@code >} of {@code <data:…>}, the parenthesis that closes a
 * markdown link or CSS {@code url(…)}, or else white space, a quote, a bracket or a parenthesis.
 * A payload that is not base64 (an SVG, HTML, plain text) may hold {@code <}, {@code (} and the
 * like, which a browser still takes as part of the URI.
 */
final class DataUris {

    static final String PLACEHOLDER = "removed-by-nbexport:data-uri";

    /** {@code data:[type][;param]*,}: where a data URI's payload starts. */
    private static final Pattern HEAD = Pattern.compile(
            "(?<![A-Za-z0-9+.-])data:[A-Za-z0-9!#$&^_.+-]*(?:/[A-Za-z0-9!#$&^_.+-]*)?(?:;[^,;\\s\"'()<>]*)*,",
            Pattern.CASE_INSENSITIVE);

    private DataUris() {
    }

    record Replaced(String text, int count) {
    }

    /** What every data URI starts with, in any case. */
    static final String SCHEME = "data:";

    /**
     * What a text's JSON bytes hold, in any case, wherever it may hold a data URI: the scheme, or a
     * character reference, an escaped tab or the end of a scheme broken over two lines.
     */
    static final List<String> HINTS = List.of(SCHEME, "&", "\\t", "ta:");

    static Replaced replace(String text) {
        Replaced disguised = replaceDisguised(text);
        Replaced plain = replacePlain(disguised.text());
        return new Replaced(plain.text(), disguised.count() + plain.count());
    }

    /** Characters after which a URL's value starts: a quote, a parenthesis, {@code <}, {@code =}. */
    private static final String VALUE_STARTS = "\"'(<=";

    /**
     * Data URIs whose scheme a browser reads as {@code data:} but which is not written so:
     * character references ({@code &#100;}, {@code &colon;}) or tabs and line breaks, which a URL
     * drops, inside it. Looked for only where a URL's value starts.
     */
    private static Replaced replaceDisguised(String text) {
        Rewrite rewrite = new Rewrite(text);
        for (int i = 1; i < text.length(); i++) {
            if (VALUE_STARTS.indexOf(text.charAt(i - 1)) < 0) {
                continue;
            }
            int schemeEnd = disguisedSchemeEnd(text, i);
            if (schemeEnd >= 0) {
                int end = payloadEnd(text, i, schemeEnd);
                rewrite.replace(i, end);
                i = Math.max(i, end - 1);
            }
        }
        return rewrite.done();
    }

    /** A text with some of its spans replaced by the placeholder, copied only once there is one. */
    private static final class Rewrite {
        private final String text;
        private StringBuilder out;
        private int copied;
        private int count;

        Rewrite(String text) {
            this.text = text;
        }

        void replace(int start, int end) {
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, start).append(PLACEHOLDER);
            copied = end;
            count++;
        }

        Replaced done() {
            return out == null ? new Replaced(text, 0) : new Replaced(out.append(text, copied, text.length()).toString(), count);
        }
    }

    /** Where "data:" ends, read from {@code at} as a browser reads a URL, if it is written otherwise; else -1. */
    private static int disguisedSchemeEnd(String text, int at) {
        int matched = 0;
        boolean disguised = false;
        int i = at;
        while (i < text.length() && matched < SCHEME.length()) {
            char c = text.charAt(i);
            int next = i + 1;
            if (c == '&') {
                int semicolon = text.indexOf(';', i);
                int referenced = semicolon > i && semicolon - i <= 10 ? referenced(text.substring(i + 1, semicolon)) : -1;
                if (referenced >= 0) {
                    c = (char) referenced;
                    next = semicolon + 1;
                    disguised = true;
                }
            }
            if (c == '\t' || c == '\n' || c == '\r') {
                disguised = true;
            } else if (Character.toLowerCase(c) == SCHEME.charAt(matched)) {
                matched++;
            } else {
                return -1;
            }
            i = next;
        }
        return matched == SCHEME.length() && disguised ? i : -1;
    }

    /** The character a numeric reference or one of the few named ones a scheme can hide behind stands for, or -1. */
    private static int referenced(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Integer.parseInt(name.substring(2), 16) & 0xffff;
            } else if (name.startsWith("#")) {
                return Integer.parseInt(name.substring(1)) & 0xffff;
            }
        } catch (NumberFormatException e) {
            return -1;
        }
        return switch (name) {
            case "colon" -> ':';
            case "Tab" -> '\t';
            case "NewLine" -> '\n';
            default -> -1;
        };
    }

    private static Replaced replacePlain(String text) {
        if (!containsScheme(text)) {
            return new Replaced(text, 0);
        }
        Matcher head = HEAD.matcher(text);
        Rewrite rewrite = new Rewrite(text);
        int from = 0;
        while (from < text.length() && head.find(from)) {
            from = payloadEnd(text, head.start(), head.end());
            rewrite.replace(head.start(), from);
        }
        return rewrite.done();
    }

    /** Where the payload starting at {@code at} ends, by what stands just before the URI at {@code start}. */
    private static int payloadEnd(String text, int start, int at) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        return switch (before) {
            case '"', '\'' -> upTo(text, at, before);
            case '<' -> upTo(text, at, '>');
            case '(' -> closingParenthesis(text, at);
            default -> bare(text, at);
        };
    }

    /** The first {@code close} from {@code at} on, or the end of the text. */
    private static int upTo(String text, int at, char close) {
        int end = text.indexOf(close, at);
        return end < 0 ? text.length() : end;
    }

    /** A markdown link's destination: parentheses inside it balanced, ended by an unbalanced one or white space. */
    private static int closingParenthesis(String text, int at) {
        int depth = 0;
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0 || Character.isWhitespace(c)) {
                return i;
            }
        }
        return text.length();
    }

    /** A URI standing alone (or in an unquoted attribute): up to white space, a quote, a bracket or a parenthesis. */
    private static int bare(String text, int at) {
        int i = at;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && "\"'()<>[]".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    /** Whether {@link #SCHEME} occurs, in any case; without a lower-case copy of the whole text. */
    private static boolean containsScheme(String text) {
        for (int colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
            if (colon >= 4 && text.regionMatches(true, colon - 4, SCHEME, 0, 4)) {
                return true;
            }
        }
        return false;
    }
}
