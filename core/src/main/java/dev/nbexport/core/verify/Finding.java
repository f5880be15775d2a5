package dev.nbexport.core.verify;

/**
 * One thing the verifier found. It says where and what, never the value itself: reports leave
 * the site and land in CI logs.
 *
 * @param rule       the rule that fired
 * @param severity   its severity under the policy in force
 * @param file       the file, as given
 * @param cellIndex  the cell's index in the file, or -1
 * @param cellId     the cell's id, or null
 * @param pointer    a JSON pointer to the value (for notebooks), or null
 * @param line       the line in a text file, or -1
 * @param size       the size of the offending value in bytes (of its JSON text in a notebook)
 * @param hashPrefix the first 8 hex digits of the SHA-256 of the offending value, or null
 * @param message    what was found, in a few words
 */
public record Finding(Rule rule, Severity severity, String file, int cellIndex, String cellId, String pointer,
                      long line, long size, String hashPrefix, String message) {
}
