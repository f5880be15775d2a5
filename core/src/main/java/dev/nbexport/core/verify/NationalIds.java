package dev.nbexport.core.verify;

/**
 * The rules on national identification numbers, in the formats strict enough to tell from other
 * numbers.
 *
 * <ul>
 * <li>{@code national-id}: a US social security number written {@code 123-45-6789} (area not 000,
 * 666 or 9xx, group not 00, serial not 0000, not touching other digits, letters, dashes, slashes or a
 * decimal point), or a UK National Insurance number (two letters of the allowed ones, not the
 * prefixes BG, GB, KN, NK, NT, TN or ZZ, six digits and a suffix A to D, in one word or in pairs
 * separated by single spaces). Documentation's samples are not reported: numbers of fewer than four
 * distinct digits ({@code 111-22-3333}, a date {@code 100-10-2010}), {@code 123-45-6789}, the
 * advertised {@code 078-05-1120} and {@code 219-09-9999}, and {@code AB123456C}-like numbers whose
 * digits run {@code 123456}.</li>
 * <li>{@code national-id-list}: {@code listMinCount} (ten unless the policy says otherwise) or more
 * distinct such numbers in one text, reported once, as {@code email-list} is: a list of people. A
 * German tax id (11 digits, the first not 0, one digit twice or three times but not three in a row
 * among the first ten and the others once, and the ISO 7064 MOD 11,10 check digit) counts toward
 * the list but is not reported alone: one number of 11 digits in several hundred passes.</li>
 * </ul>
 */
final class NationalIds {

    private NationalIds() {
    }

    static void find(TextScanner.Scan scan, int listMinCount) {
        // Each format holds six digits at least.
        if (scan.digits() < 6) {
            return;
        }
        char[] text = scan.chars;
        int n = text.length;
        DistinctValues ids = new DistinctValues();
        int i = 0;
        while (i < n) {
            char c = text[i];
            if (isDigit(c)) {
                int end = digitRun(text, i);
                if (i == 0 || !isWordChar(text[i - 1]) && "./-:".indexOf(text[i - 1]) < 0) {
                    if (end - i == 3) {
                        socialSecurityNumber(scan, i, ids);
                    } else if (end - i == 11 && freeEnd(text, end) && isTaxId(text, i)) {
                        ids.add(new String(text, i, 11), i, end);
                    }
                }
                i = end;
            } else if (c >= 'A' && c <= 'Z' && (i == 0 || !isWordChar(text[i - 1]))) {
                i = insuranceNumber(scan, i, ids);
            } else {
                i++;
            }
        }
        ids.reportList(scan, Rule.NATIONAL_ID_LIST, listMinCount, "national id numbers");
    }

    /** Checks {@code 123-45-6789} at {@code at}, the start of three digits. */
    private static void socialSecurityNumber(TextScanner.Scan scan, int at, DistinctValues ids) {
        char[] text = scan.chars;
        int end = at + 11;
        if (end > text.length || text[at + 3] != '-' || text[at + 6] != '-' || !freeEnd(text, end) || end < text.length && text[end] == '-') {
            return;
        }
        for (int k : new int[] {4, 5, 7, 8, 9, 10}) {
            if (!isDigit(text[at + k])) {
                return;
            }
        }
        String number = new String(text, at, 11);
        String area = number.substring(0, 3);
        if (area.equals("000") || area.equals("666") || area.charAt(0) == '9' || number.startsWith("00", 4)
                || number.endsWith("0000") || isSample(number)) {
            return;
        }
        scan.add(Rule.NATIONAL_ID, at, end, "a US social security number");
        ids.add(number, at, end);
    }

    private static boolean isSample(String ssn) {
        return ssn.equals("123-45-6789") || ssn.equals("078-05-1120") || ssn.equals("219-09-9999") || fewDigits(ssn);
    }

    /** Checks a UK National Insurance number at {@code at}; returns where to go on. */
    private static int insuranceNumber(TextScanner.Scan scan, int at, DistinctValues ids) {
        char[] text = scan.chars;
        int n = text.length;
        if (at + 9 > n || !isPrefixLetter(text[at], "DFIQUV") || !isPrefixLetter(text[at + 1], "DFIOQUV")) {
            return at + 1;
        }
        String prefix = new String(text, at, 2);
        if (prefix.equals("BG") || prefix.equals("GB") || prefix.equals("KN") || prefix.equals("NK") || prefix.equals("NT")
                || prefix.equals("TN") || prefix.equals("ZZ")) {
            return at + 1;
        }
        StringBuilder compact = new StringBuilder(9).append(prefix);
        int k = at + 2;
        boolean spaced = text[k] == ' ';
        for (int pair = 0; pair < 4; pair++) {
            if (spaced) {
                if (k >= n || text[k] != ' ') {
                    return at + 1;
                }
                k++;
            }
            int size = pair < 3 ? 2 : 1;
            for (int j = 0; j < size; j++, k++) {
                if (k >= n || (pair < 3 ? !isDigit(text[k]) : text[k] < 'A' || text[k] > 'D')) {
                    return at + 1;
                }
                compact.append(text[k]);
            }
        }
        if (k < n && isWordChar(text[k]) || compact.indexOf("123456") == 2) {
            return at + 1;
        }
        scan.add(Rule.NATIONAL_ID, at, k, "a UK National Insurance number");
        ids.add(compact.toString(), at, k);
        return k;
    }

    private static boolean isPrefixLetter(char c, String excluded) {
        return c >= 'A' && c <= 'Z' && excluded.indexOf(c) < 0;
    }

    /**
     * Whether the 11 digits at {@code at} are a German tax id: the first not 0; among the first ten one
     * digit twice, or three times but not three in a row, the others once; the last the ISO 7064
     * MOD 11,10 check digit of the first ten.
     */
    static boolean isTaxId(char[] text, int at) {
        if (text[at] == '0') {
            return false;
        }
        int[] counts = new int[10];
        int repeated = 0;
        for (int k = at; k < at + 10; k++) {
            int count = ++counts[text[k] - '0'];
            repeated += count == 2 ? 1 : 0;
            if (count > 3 || count == 3 && text[k - 1] == text[k] && text[k - 2] == text[k]) {
                return false;
            }
        }
        if (repeated != 1) {
            return false;
        }
        int product = 10;
        for (int k = at; k < at + 10; k++) {
            int sum = (text[k] - '0' + product) % 10;
            product = (sum == 0 ? 10 : sum) * 2 % 11;
        }
        return (11 - product) % 10 == text[at + 10] - '0';
    }

    /** Fewer than four distinct digits: a placeholder or a date, no person's number. */
    private static boolean fewDigits(String number) {
        return number.chars().filter(NationalIds::isDigit).distinct().count() < 4;
    }

    private static int digitRun(char[] text, int from) {
        int k = from;
        while (k < text.length && isDigit(text[k])) {
            k++;
        }
        return k;
    }

    /** Whether a number ending at {@code end} stands alone: no letter, digit or decimal part follows. */
    private static boolean freeEnd(char[] text, int end) {
        return end >= text.length || !isWordChar(text[end]) && text[end] != '/'
                && !(text[end] == '.' && end + 1 < text.length && isDigit(text[end + 1]));
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 128 && Character.isLetterOrDigit(c);
    }
}
