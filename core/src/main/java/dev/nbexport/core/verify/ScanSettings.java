package dev.nbexport.core.verify;

/**
 * Thresholds of the text rules.
 *
 * @param blobMinLength  shortest base64 run reported as {@code encoded-blob}
 * @param hexMinLength   shortest hex run reported as {@code encoded-blob}
 * @param longLineLength longest line before {@code long-literal}
 * @param tableMinRows   fewest consecutive delimiter-aligned lines reported as {@code inline-table}
 */
public record ScanSettings(int blobMinLength, int hexMinLength, int longLineLength, int tableMinRows) {

    public static final ScanSettings DEFAULTS = new ScanSettings(1024, 256, 5000, 25);
}
