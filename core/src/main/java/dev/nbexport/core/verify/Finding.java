package dev.nbexport.core.verify;

import dev.nbexport.core.notebook.Location;

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
 * @param column     the column in that line, counted in characters (Unicode code points) from 1, or -1: known
 *                   for a notebook that cannot be read, as strip names it
 * @param utf16Region where the value lies in the file's text, as SARIF counts it (columns in UTF-16 code units):
 *                   known for a text file's text rules, and the column of a notebook that cannot be read
 * @param size       the size of the offending value in bytes (of its JSON text in a notebook)
 * @param sha256     the SHA-256 of the offending value in hex: whole for a value found in text, by which a
 *                   reviewer may accept a text rule's finding, else (a file, an output, a finding
 *                   that stands for more) its first 8 digits; or null. Reports show {@link #hashPrefix()}.
 * @param message    what was found, in a few words
 * @param accepted   why a reviewer accepted it as not being data, or null: an accepted finding is
 *                   reported but counts neither as an error nor as a warning
 * @param acceptedWhereBundled in a bundle, why it was accepted where the bundle was made, by the
 *                   manifest; null when it was not. It counts as found until accepted here too.
 */
public record Finding(Rule rule, Severity severity, String file, int cellIndex, String cellId, String pointer,
                      long line, long column, Utf16Region utf16Region, long size, String sha256, String message, String accepted,
                      String acceptedWhereBundled) {

    /** Digits of the hash that reports show: enough to recognise a value again, far too few to recover it. */
    public static final int SHOWN_HASH_DIGITS = 8;

    public Finding(Rule rule, Severity severity, String file, int cellIndex, String cellId, String pointer,
                   long line, long size, String sha256, String message) {
        this(rule, severity, file, cellIndex, cellId, pointer, line, -1, Utf16Region.NONE, size, sha256, message, null, null);
    }

    /**
     * A finding at {@code where}: its line and column, cell and pointer, as far as they are known;
     * {@code utf16Column} is {@code where}'s column in UTF-16 code units, or -1.
     */
    public Finding(Rule rule, Severity severity, String file, Location where, long utf16Column, long size, String sha256,
                   String message) {
        this(rule, severity, file, where.cellIndex(), where.cellId(), where.pointer(), where.line(), where.column(),
                Utf16Region.startingAt(utf16Column),
                size, sha256, message, null, null);
    }

    /** Where the finding is, for {@link Location#describe()}, the one way places are shown. */
    public Location location() {
        return new Location(line, column, cellIndex, cellId, pointer);
    }

    /** The first 8 hex digits of {@link #sha256()}, as reports show them, or null. */
    public String hashPrefix() {
        return sha256 == null ? null : sha256.substring(0, Math.min(SHOWN_HASH_DIGITS, sha256.length()));
    }

    public boolean isAccepted() {
        return accepted != null;
    }

    /** An error no reviewer accepted: what fails a run. */
    public boolean isUnacceptedError() {
        return severity == Severity.ERROR && !isAccepted();
    }

    /** This finding with only the hash prefix reports show: a finding no acceptance can name. */
    public Finding withShownHashOnly() {
        return new Finding(rule, severity, file, cellIndex, cellId, pointer, line, column, utf16Region, size, hashPrefix(), message, accepted,
                acceptedWhereBundled);
    }

    /** This finding, accepted for {@code reason}. */
    public Finding accept(String reason) {
        return new Finding(rule, severity, file, cellIndex, cellId, pointer, line, column, utf16Region, size, sha256, message, reason,
                acceptedWhereBundled);
    }

    /** This finding, of a bundle whose manifest says it was accepted where it was made for {@code reason}. */
    public Finding acceptedWhereBundled(String reason) {
        return new Finding(rule, severity, file, cellIndex, cellId, pointer, line, column, utf16Region, size, sha256, message, accepted,
                reason);
    }

    /** This finding, its value at {@code region} of its file's text. */
    public Finding at(Utf16Region region) {
        return new Finding(rule, severity, file, cellIndex, cellId, pointer, line, column, region, size, sha256, message, accepted,
                acceptedWhereBundled);
    }

    /** This finding in {@code otherFile}: a bundle's entry as the file it was made from, say. */
    public Finding in(String otherFile) {
        return new Finding(rule, severity, otherFile, cellIndex, cellId, pointer, line, column, utf16Region, size, sha256, message, accepted,
                acceptedWhereBundled);
    }
}
