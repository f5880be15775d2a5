package dev.nbexport.core.verify;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * Part of the {@code credential} rule: HTTP {@code Authorization} values written out in a text that
 * names the header ({@code {'Authorization': 'Basic ...'}}, {@code -H "Authorization: Bearer ..."}).
 *
 * <ul>
 * <li>{@code Basic} and the base64 of {@code name:password}: the password decoded and judged as one
 * a person typed ({@link TypedPasswords}).</li>
 * <li>{@code Bearer} and a token long and random as a key is ({@link SecretAssignments#looksRandom}).</li>
 * </ul>
 *
 * <p>The scheme must open a string or follow the header's name ({@code Authorization: Basic}), so
 * prose about basic authentication and code that builds the value ({@code 'Basic ' + encoded},
 * {@code f"Bearer {token}"}) stay clean.
 */
final class AuthorizationHeaders {

    private static final Keyword HEADER = Keyword.of("authorization");
    private static final Keyword BASIC = Keyword.of("basic ");
    private static final Keyword BEARER = Keyword.of("bearer ");
    /** The examples of RFC 7617 ({@code Aladdin:open sesame}) and RFC 6749, copied into many a tutorial and docstring. */
    private static final Set<String> RFC_EXAMPLES = Set.of("QWxhZGRpbjpvcGVuIHNlc2FtZQ==", "czZCaGRSa3F0MzpnWDFmQmF0M2JW");

    private AuthorizationHeaders() {
    }

    static void find(TextScanner.Scan scan) {
        if (!scan.mayContain(HEADER)) {
            return;
        }
        if (scan.mayContain(BASIC)) {
            find(scan, BASIC.text, true);
        }
        if (scan.mayContain(BEARER)) {
            find(scan, BEARER.text, false);
        }
    }

    private static void find(TextScanner.Scan scan, String scheme, boolean basic) {
        String lower = scan.lower();
        if (!lower.contains(HEADER.text)) {
            return;
        }
        String text = scan.text;
        for (int at = lower.indexOf(scheme); at >= 0; at = lower.indexOf(scheme, at + 1)) {
            if (!opensValue(text, lower, at)) {
                continue;
            }
            int from = at + scheme.length();
            int end = from;
            while (end < text.length() && end - from <= 1024 && isTokenChar(text.charAt(end))) {
                end++;
            }
            if (end < text.length() && !(Character.isWhitespace(text.charAt(end)) || "\"'`,;)\\".indexOf(text.charAt(end)) >= 0)) {
                continue;
            }
            String value = text.substring(from, end);
            if (basic ? basicPassword(value) : SecretAssignments.looksRandom(value) && !Credentials.placeholder(value)) {
                scan.add(Rule.CREDENTIAL, at, end, basic ? "a password in an HTTP Authorization header"
                        : "a token in an HTTP Authorization header");
            }
        }
    }

    /** Whether the scheme at {@code at} opens a quoted string or follows {@code Authorization:}. */
    private static boolean opensValue(String text, String lower, int at) {
        if (at == 0) {
            return false;
        }
        char before = text.charAt(at - 1);
        if (before == '"' || before == '\'' || before == '`') {
            return true;
        }
        int k = at;
        while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t')) {
            k--;
        }
        if (k == 0 || (text.charAt(k - 1) != ':' && text.charAt(k - 1) != '=')) {
            return false;
        }
        k--;
        while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '"' || text.charAt(k - 1) == '\'')) {
            k--;
        }
        String header = HEADER.text;
        return k >= header.length() && lower.startsWith(header, k - header.length());
    }

    /** Whether {@code value} is the base64 of {@code name:password} and the password a real one. */
    private static boolean basicPassword(String value) {
        if (value.length() < 8 || RFC_EXAMPLES.contains(value)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        for (int k = 0; k < decoded.length(); k++) {
            if (decoded.charAt(k) < ' ' || decoded.charAt(k) == '\uFFFD') {
                return false;
            }
        }
        return TypedPasswords.typed(decoded.substring(colon + 1));
    }

    private static boolean isTokenChar(char c) {
        return Credentials.isWord(c) || c == '-' || c == '.' || c == '~' || c == '+' || c == '/' || c == '=';
    }
}
