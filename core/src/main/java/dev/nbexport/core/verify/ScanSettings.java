package dev.nbexport.core.verify;

/**
 * Thresholds of the text rules.
 *
 * @param blobMinLength  shortest base64 or base85 run reported as {@code encoded-blob}
 * @param hexMinLength   shortest hex run reported as {@code encoded-blob}
 * @param longLineLength longest line before {@code long-literal}
 * @param tableMinRows   fewest consecutive aligned lines, or records of the same keys, reported as {@code inline-table}
 * @param emailListMinCount fewest distinct e-mail addresses in one text reported as {@code email-list}
 * @param ibanListMinCount  fewest distinct IBANs in one text reported as {@code iban-list}
 * @param cardListMinCount  fewest distinct card numbers in one text reported as {@code card-list}
 * @param nationalIdListMinCount fewest distinct national id numbers in one text reported as {@code national-id-list}
 */
public record ScanSettings(int blobMinLength, int hexMinLength, int longLineLength, int tableMinRows, int emailListMinCount,
                           int ibanListMinCount, int cardListMinCount, int nationalIdListMinCount) {

    public static final ScanSettings DEFAULTS = new ScanSettings(1024, 256, 5000, 25, 10, 10, 10, 10);

    /** The defaults with the thresholds a policy sets. */
    public static ScanSettings of(dev.nbexport.core.policy.VerifySettings settings) {
        java.util.Map<String, Integer> t = settings.thresholds();
        return new ScanSettings(t.getOrDefault("blob-min-length", DEFAULTS.blobMinLength),
                t.getOrDefault("hex-min-length", DEFAULTS.hexMinLength),
                t.getOrDefault("long-line-length", DEFAULTS.longLineLength),
                t.getOrDefault("table-min-rows", DEFAULTS.tableMinRows),
                t.getOrDefault("email-list-min-count", DEFAULTS.emailListMinCount),
                t.getOrDefault("iban-list-min-count", DEFAULTS.ibanListMinCount),
                t.getOrDefault("card-list-min-count", DEFAULTS.cardListMinCount),
                t.getOrDefault("national-id-list-min-count", DEFAULTS.nationalIdListMinCount));
    }
}
