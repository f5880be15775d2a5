package dev.nbexport.core.policy;

import dev.nbexport.core.io.ControlCharacters;
import java.nio.file.Path;
import java.util.List;

/**
 * A finding a person has reviewed and accepted as not being data: in one file, of one rule, of
 * the value with this SHA-256 (reports show its first 8 digits), for a reason they wrote down.
 * Only the rules that guess from text can be accepted; what stripping removes is never data to
 * keep, and an unreadable file or a hostile archive is never a judgement call.
 *
 * @param written the file as the policy file names it, relative to its folder, normalised, with forward
 *                slashes: in a bundle, the path of an entry
 * @param file    that file, absolute and normalised
 * @param rule    the rule's id
 * @param sha256  the value's SHA-256 in 64 hex digits, lower-case (reports show its first 8)
 * @param reason  why the value is not data, in the reviewer's words
 */
public record AcceptedFinding(String written, Path file, String rule, String sha256, String reason) {

    /** The rules whose findings may be accepted, in the order reports list rules. */
    public static final List<String> RULES = List.of("data-uri", "encoded-blob", "long-literal", "inline-table",
            "credential", "email", "email-list", "iban", "iban-list",
            "card-number", "card-list", "national-id", "national-id-list");

    /**
     * Hex digits of the hash an acceptance names: the whole SHA-256. The 8 that reports show would
     * let the author of a file make another value with the same ones in hours of computing.
     */
    public static final int HASH_DIGITS = 64;

    /** Longest reason: one line, which a bundle's manifest carries to the gate. */
    public static final int MAX_REASON = 200;

    /** Holds library callers to what a policy file may say: {@link AcceptedList} says why, for people. */
    public AcceptedFinding {
        if (!RULES.contains(rule) || !isHash(sha256) || !isReason(reason)) {
            throw new IllegalArgumentException("not an acceptance a policy file could hold: " + rule);
        }
    }

    /** Whether {@code sha256} is a whole SHA-256 in lower-case hex. */
    static boolean isHash(String sha256) {
        return sha256.length() == HASH_DIGITS && sha256.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f');
    }

    /** Whether {@code reason} is one line of text, not blank, of at most {@link #MAX_REASON} characters. */
    static boolean isReason(String reason) {
        return !reason.isBlank() && reason.length() <= MAX_REASON && ControlCharacters.noneIn(reason);
    }
}
