package dev.nbexport.core.strip;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Replaces {@code data:} URIs (inline images, files) in markdown and raw text by a short placeholder. */
final class DataUris {

    static final String PLACEHOLDER = "removed-by-nbexport:data-uri";

    /** {@code data:[type][;param]*,payload}, the payload running to white space, a quote, a bracket or a parenthesis. */
    private static final Pattern DATA_URI = Pattern.compile(
            "(?<![A-Za-z0-9+.-])data:[A-Za-z0-9!#$&^_.+-]*(?:/[A-Za-z0-9!#$&^_.+-]*)?(?:;[^,;\\s\"'()<>]*)*,[^\\s\"'()<>\\[\\]]*",
            Pattern.CASE_INSENSITIVE);

    private DataUris() {
    }

    record Replaced(String text, int count) {
    }

    /** What every data URI starts with, in any case. */
    static final String SCHEME = "data:";

    static Replaced replace(String text) {
        if (!containsScheme(text)) {
            return new Replaced(text, 0);
        }
        Matcher matcher = DATA_URI.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int count = 0;
        while (matcher.find()) {
            matcher.appendReplacement(out, PLACEHOLDER);
            count++;
        }
        matcher.appendTail(out);
        return new Replaced(count == 0 ? text : out.toString(), count);
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
