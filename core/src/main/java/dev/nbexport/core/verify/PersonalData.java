package dev.nbexport.core.verify;

import java.util.Map;
import java.util.Set;

/**
 * The rules on personal data: a warning for each value, an error for a list of them.
 *
 * <ul>
 * <li>{@code email}: {@code local@domain.tld} where the top-level domain is a two-letter country
 * code or a common generic one (so {@code X@W.T}, {@code a@b.shape} or {@code icon@2x.png} in code are
 * not addresses). Ignored: reserved and sample domains ({@code example.*}, {@code *.example},
 * {@code *.test}, {@code *.invalid}, {@code *.localhost}, {@code domain.com}, {@code yourdomain.com},
 * {@code company.com}, {@code email.com}, {@code test.com}), no-reply senders ({@code noreply},
 * {@code no-reply}, {@code donotreply}, any {@code *.noreply.*} domain), git remotes
 * ({@code git@github.com}), the user part of a URL ({@code ://user:pw@host}, left to
 * {@code credential}) and addresses in a URL's path but a person's there (see
 * {@link #personInUrlPath}: a mailing list's in its archive, a resource's name). An address written
 * {@code %40}, as a URL's query writes it, is read as any other. Addresses without a dot ({@code user@localhost}) never match.</li>
 * <li>{@code email-list}: {@code listMinCount} (ten unless the policy says otherwise) or more distinct
 * such addresses (by lower case, and by mailbox: the plus-aliases {@code ann+news@} and {@code ann+jobs@}
 * are one person's) in one text, reported once, at the first, over the span from the first
 * to the last (so its hash, which an acceptance names, changes when an address is added, removed or
 * changed): a list of people, beside each address's {@code email}. What {@code email} ignores does not
 * count, so neither do documentation samples, no-reply senders nor lists' archives.</li>
 * <li>{@code iban}: two letters, two check digits and the country's length (a table of 70-odd
 * countries; unknown countries are not reported), compact or in groups of four separated by single
 * spaces, whose ISO 7064 mod-97 remainder is 1.</li>
 * <li>{@code card-number}: 13 to 19 digits, compact or in groups separated by one kind of single
 * space or dash (4-4-4-4[-3], 4-6-5, 4-6-4), not touching other digits, letters, dots or dashes
 * (so parts of longer numbers, floats, versions and ids are out), with a known issuer's prefix and
 * length (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay), passing Luhn, and not a
 * well-known test number with fewer than four distinct digits ({@code 4111 1111 1111 1111},
 * {@code 4242...}).</li>
 * <li>{@code iban-list}, {@code card-list}: {@code ibanListMinCount} and {@code cardListMinCount} (ten
 * unless the policy says otherwise) or more distinct IBANs (compact, however grouped) or card numbers
 * (their digits) in one text, reported once as {@code email-list} is, beside each one's own warning:
 * a list of people's accounts, such as a blocklist or a query's {@code IN (...)}. A library that
 * validates them carries such lists among its tests: accepted once reviewed.</li>
 * </ul>
 */
final class PersonalData {

    private static final Set<String> GENERIC_TLDS = Set.of("com", "org", "net", "edu", "gov", "mil", "int", "info", "biz",
            "name", "pro", "dev", "app", "io", "ai", "cloud", "tech", "online", "site", "email", "mail", "xyz", "aero", "coop",
            "museum", "jobs", "mobi", "travel", "asia", "eu", "academy", "company", "solutions", "systems", "digital", "science");

    private static final Set<String> SAMPLE_DOMAINS = Set.of("domain.com", "yourdomain.com", "your-domain.com", "company.com",
            "yourcompany.com", "email.com", "test.com", "mydomain.com", "somewhere.com", "somedomain.com");

    /** How far back from an address its URL's scheme is looked for. */
    private static final int MAX_URL = 256;

    private PersonalData() {
    }

    static void find(TextScanner.Scan scan, ScanSettings settings) {
        emails(scan, settings.emailListMinCount());
        DistinctValues ibans = new DistinctValues();
        DistinctValues cards = new DistinctValues();
        ibansAndCards(scan, ibans, cards);
        ibans.reportList(scan, Rule.IBAN_LIST, settings.ibanListMinCount(), "IBANs");
        cards.reportList(scan, Rule.CARD_LIST, settings.cardListMinCount(), "card numbers");
    }

    // ---------------------------------------------------------------- e-mail

    private static final Keyword ENCODED_AT_SIGN = Keyword.of("%40");

    private static void emails(TextScanner.Scan scan, int listMinCount) {
        String text = scan.text;
        int n = text.length();
        DistinctValues distinct = new DistinctValues();
        AtSigns atSigns = new AtSigns(text);
        // Most texts hold no at sign, written or encoded: they are not searched for one.
        int first = scan.count('@') > 0 || scan.mayContain(ENCODED_AT_SIGN) ? atSigns.next(0) : -1;
        for (int at = first; at >= 0; at = atSigns.next(at + 1)) {
            // A URL writes the at sign %40 (?email=ann.lee%40acme.com).
            int atEnd = text.charAt(at) == '@' ? at + 1 : at + 3;
            int local = at;
            while (local > 0 && at - local < 64 && isLocalChar(text.charAt(local - 1))) {
                local--;
            }
            if (local == at || text.charAt(local) == '.' || text.charAt(at - 1) == '.') {
                continue;
            }
            if (local > 0 && (text.charAt(local - 1) == ':' && inUrlAuthority(text, local - 1) || text.startsWith("//", local - 2)
                    || text.charAt(local - 1) == '@' || isDigitOrLetterBeyondAscii(text.charAt(local - 1)))) {
                continue;
            }
            int k = atEnd;
            int lastDot = -1;
            int labelStart = k;
            while (k < n) {
                char c = text.charAt(k);
                if (isDomainChar(c)) {
                    k++;
                } else if (c == '.' && k > labelStart && k + 1 < n && isDomainChar(text.charAt(k + 1))) {
                    lastDot = k;
                    k++;
                    labelStart = k;
                } else {
                    break;
                }
                if (k - at > 255) {
                    break;
                }
            }
            int end = k;
            if (lastDot < 0 || (end < n && (text.charAt(end) == '_' || text.charAt(end) == '@' || text.charAt(end) >= 128))) {
                continue;
            }
            String domain = scan.lower().substring(atEnd, end);
            String tld = domain.substring(lastDot + 1 - atEnd);
            if (!tld.chars().allMatch(Character::isLetter) || !(tld.length() == 2 || GENERIC_TLDS.contains(tld))) {
                continue;
            }
            String user = scan.lower().substring(local, at);
            if (ignoredAddress(user, domain, tld) || local > 0 && text.charAt(local - 1) == '/' && !personInUrlPath(scan.lower(), local - 1, domain)) {
                continue;
            }
            scan.add(Rule.EMAIL, local, end, "an e-mail address");
            distinct.add(mailbox(user) + "@" + domain, local, end);
            at = end - 1;
        }
        distinct.reportList(scan, Rule.EMAIL_LIST, listMinCount, "e-mail addresses");
    }

    /** The mailbox a user part reaches: {@code ann} for the plus-alias {@code ann+news}, one person however tagged. */
    private static String mailbox(String user) {
        int plus = user.indexOf('+');
        return plus > 0 ? user.substring(0, plus) : user;
    }

    /**
     * The at signs of a text in order, written {@code @} or, as a URL writes it, {@code %40}: each
     * kind's next one is searched for once it is passed, so the text is read once.
     */
    private static final class AtSigns {

        private final String text;
        private int plain = -2;
        private int encoded = -2;

        AtSigns(String text) {
            this.text = text;
        }

        /** The first at sign at or after {@code from}, or -1. */
        int next(int from) {
            if (plain != -1 && plain < from) {
                plain = text.indexOf('@', from);
            }
            if (encoded != -1 && encoded < from) {
                encoded = text.indexOf("%40", from);
            }
            return encoded < 0 ? plain : plain < 0 ? encoded : Math.min(plain, encoded);
        }
    }

    /**
     * Whether the address after the slash at {@code slash} is a person's in a URL's path: the URL has
     * a scheme, the address is not its path's first segment and its domain is not the host's, as an
     * API names its customers ({@code https://crm.acme.com/customers/ann.lee@gmail.com/invoices}).
     * Elsewhere a path holds a mailing list's address, in its archive on its own domain
     * ({@code https://mail.python.org/archives/list/python-dev@python.org/}) or on an archive's site
     * ({@code https://www.mail-archive.com/users@maven.apache.org/}), or a resource's or a package's
     * name without a scheme ({@code //iam.googleapis.com/projects/p/serviceAccounts/x@p.iam.gserviceaccount.com}).
     */
    private static boolean personInUrlPath(String lower, int slash, String domain) {
        int k = slash;
        while (k > 0 && slash - k < MAX_URL && !Character.isWhitespace(lower.charAt(k - 1)) && "([<\"'".indexOf(lower.charAt(k - 1)) < 0) {
            k--;
        }
        int scheme = k;
        while (scheme < slash && !lower.startsWith("://", scheme)) {
            scheme++;
        }
        if (scheme >= slash) {
            return false;
        }
        int hostStart = scheme + 3;
        int hostEnd = hostStart;
        while (hostEnd < slash && lower.charAt(hostEnd) != '/' && lower.charAt(hostEnd) != ':') {
            hostEnd++;
        }
        return hostEnd < slash && !lastLabels(lower.substring(hostStart, hostEnd)).equals(lastLabels(domain));
    }

    /** The last two labels of a domain ({@code python.org} of {@code mail.python.org}): whom it belongs to, near enough. */
    private static String lastLabels(String domain) {
        int last = domain.lastIndexOf('.');
        int before = last > 0 ? domain.lastIndexOf('.', last - 1) : -1;
        return domain.substring(before + 1);
    }

    /**
     * Whether the colon at {@code colon} separates a user from a password in a URL
     * ({@code scheme://user:pw@host}, which {@code credential} judges): its word holds {@code ://}.
     * {@code mailto:} and {@code email:} are followed by addresses.
     */
    private static boolean inUrlAuthority(String text, int colon) {
        int k = colon;
        while (k > 0 && !Character.isWhitespace(text.charAt(k - 1)) && "([<\"'".indexOf(text.charAt(k - 1)) < 0) {
            k--;
        }
        return text.substring(k, colon).contains("://");
    }

    private static boolean ignoredAddress(String user, String domain, String tld) {
        if (domain.equals("example.com") || domain.equals("example.org") || domain.equals("example.net") || domain.equals("example.edu")
                || domain.startsWith("example.") || domain.endsWith(".example.com") || domain.endsWith(".example.org")
                || domain.endsWith(".example.net") || SAMPLE_DOMAINS.contains(domain)) {
            return true;
        }
        if (tld.equals("test") || tld.equals("invalid") || tld.equals("example") || tld.equals("localhost")) {
            return true;
        }
        if (user.equals("noreply") || user.equals("no-reply") || user.equals("donotreply") || user.equals("do-not-reply")
                || user.equals("no_reply") || domain.contains("noreply.") || domain.contains("no-reply.")) {
            return true;
        }
        return user.equals("git") && (domain.equals("github.com") || domain.equals("gitlab.com") || domain.equals("bitbucket.org")
                || domain.equals("ssh.dev.azure.com") || domain.startsWith("git"));
    }

    private static boolean isLocalChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ".%+-_".indexOf(c) >= 0;
    }

    private static boolean isDomainChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    }

    private static boolean isDigitOrLetterBeyondAscii(char c) {
        return c >= 128 && Character.isLetterOrDigit(c);
    }

    // ---------------------------------------------------------------- IBAN and cards

    private static final Map<String, Integer> IBAN_LENGTHS = ibanLengths();

    private static Map<String, Integer> ibanLengths() {
        String table = "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20 EG29 ES24"
                + " FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32"
                + " LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28 PS29 PT25 QA29 RO24 RS22"
                + " SA24 SC31 SE24 SI19 SK24 SM27 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20";
        java.util.HashMap<String, Integer> map = new java.util.HashMap<>();
        for (String entry : table.split(" ")) {
            map.put(entry.substring(0, 2), Integer.parseInt(entry.substring(2)));
        }
        return Map.copyOf(map);
    }

    private static void ibansAndCards(TextScanner.Scan scan, DistinctValues ibans, DistinctValues cards) {
        char[] text = scan.chars;
        int n = text.length;
        // A card number has 13 digits or more: a text with fewer is read for IBANs alone, whose
        // start is a letter, never among the digits, spaces and dashes a card's reading passes over.
        boolean mayHoldCards = scan.digits() >= CARD_MIN_DIGITS;
        // An IBAN starts with two capitals and two digits.
        if (!mayHoldCards && (scan.digits() < 2 || capitals(scan) < 2)) {
            return;
        }
        int i = 0;
        while (i < n - 12) {
            char c = text[i];
            if (c >= 'A' && c <= 'Z') {
                if (i + 3 < n && text[i + 1] >= 'A' && text[i + 1] <= 'Z' && isDigit(text[i + 2])
                        && isDigit(text[i + 3]) && (i == 0 || !isWordChar(text[i - 1]))) {
                    int end = iban(scan, i, ibans);
                    if (end > 0) {
                        i = end;
                        continue;
                    }
                }
                i++;
            } else if (mayHoldCards && c >= '0' && c <= '9') {
                int end = card(scan, i, cards);
                i = end > i ? end : i + 1;
            } else {
                i++;
            }
        }
    }

    /** Checks an IBAN at {@code at}; returns its end, or -1. */
    private static int iban(TextScanner.Scan scan, int at, DistinctValues ibans) {
        char[] text = scan.chars;
        Integer length = IBAN_LENGTHS.get(new String(text, at, 2));
        if (length == null) {
            return -1;
        }
        StringBuilder compact = new StringBuilder(34);
        int k = at;
        int n = text.length;
        boolean grouped = at + 4 < n && text[at + 4] == ' ';
        while (k < n && compact.length() < length) {
            char c = text[k];
            if (isUpperOrDigit(c)) {
                compact.append(c);
                k++;
            } else if (grouped && c == ' ' && compact.length() % 4 == 0 && k + 1 < n && isUpperOrDigit(text[k + 1])) {
                k++;
            } else {
                return -1;
            }
        }
        if (compact.length() != length || (k < n && isWordChar(text[k]))) {
            return -1;
        }
        if (!mod97IsOne(compact)) {
            return -1;
        }
        scan.add(Rule.IBAN, at, k, "an IBAN with valid check digits");
        ibans.add(compact.toString(), at, k);
        return k;
    }

    private static boolean mod97IsOne(CharSequence iban) {
        int remainder = 0;
        int length = iban.length();
        for (int i = 0; i < length; i++) {
            char c = iban.charAt((i + 4) % length);
            int value = c <= '9' ? c - '0' : c - 'A' + 10;
            remainder = value < 10 ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97;
        }
        return remainder == 1;
    }

    /**
     * Checks a card number starting at {@code at}; returns the end of the digit run looked at (so a
     * long run is skipped at once), reporting a hit if it is a card number.
     */
    private static final int CARD_MIN_DIGITS = 13;

    /** How many of the letters A to Z the text holds. */
    private static int capitals(TextScanner.Scan scan) {
        int count = 0;
        for (char c = 'A'; c <= 'Z'; c++) {
            count += scan.count(c);
        }
        return count;
    }

    private static int card(TextScanner.Scan scan, int at, DistinctValues cards) {
        char[] text = scan.chars;
        int n = text.length;
        if (at > 0) {
            char before = text[at - 1];
            if (isWordChar(before) || before == '.' || before == '-' || before == ',' && at > 1 && isDigit(text[at - 2])) {
                int k = at;
                while (k < n && isDigit(text[k])) {
                    k++;
                }
                return k;
            }
        }
        int[] groups = new int[8];
        int count = 0;
        char separator = 0;
        int digits = 0;
        int k = at;
        while (k < n) {
            int start = k;
            while (k < n && isDigit(text[k])) {
                k++;
            }
            int size = k - start;
            if (count == 8 || digits + size > 19) {
                return skipRun(text, k);
            }
            groups[count++] = size;
            digits += size;
            char c = k < n ? text[k] : 0;
            boolean separated = k + 1 < n && (c == ' ' || c == '-') && isDigit(text[k + 1])
                    && (separator == 0 || separator == c);
            if (separated && (size == 4 || count == 2 && groups[0] == 4 && size == 6)) {
                separator = c;
                k++;
                continue;
            }
            break;
        }
        int end = k;
        if (end < n && (isWordChar(text[end]) || text[end] == '.' && end + 1 < n && isDigit(text[end + 1])
                || text[end] == '-' || text[end] == ',' && end + 1 < n && isDigit(text[end + 1]))) {
            return end;
        }
        if (digits < CARD_MIN_DIGITS || !shapeOk(groups, count)) {
            return end;
        }
        StringBuilder number = new StringBuilder(19);
        for (int j = at; j < end; j++) {
            if (isDigit(text[j])) {
                number.append(text[j]);
            }
        }
        String issuer = issuer(number);
        if (issuer != null && luhn(number) && !Credentials.lowVariety(number.toString(), 0, number.length())) {
            scan.add(Rule.CARD_NUMBER, at, end, "a " + issuer + " card number passing Luhn");
            cards.add(number.toString(), at, end);
        }
        return end;
    }

    private static int skipRun(char[] text, int k) {
        while (k < text.length && (isDigit(text[k]) || text[k] == ' ' || text[k] == '-')) {
            k++;
        }
        return k;
    }

    private static boolean shapeOk(int[] groups, int count) {
        if (count == 1) {
            return true;
        }
        if (count == 3 && groups[0] == 4 && groups[1] == 6 && (groups[2] == 5 || groups[2] == 4)) {
            return true;
        }
        for (int g = 0; g < count - 1; g++) {
            if (groups[g] != 4) {
                return false;
            }
        }
        return count >= 4 && groups[count - 1] >= 1 && groups[count - 1] <= 4;
    }

    /** The issuer whose prefix and length the number has, or null. */
    static String issuer(CharSequence number) {
        int length = number.length();
        int p2 = Integer.parseInt(number.subSequence(0, 2).toString());
        int p3 = Integer.parseInt(number.subSequence(0, 3).toString());
        int p4 = Integer.parseInt(number.subSequence(0, 4).toString());
        int p6 = Integer.parseInt(number.subSequence(0, 6).toString());
        if (number.charAt(0) == '4' && (length == 13 || length == 16 || length == 19)) {
            return "Visa";
        }
        if (length == 16 && ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720))) {
            return "Mastercard";
        }
        if (length == 15 && (p2 == 34 || p2 == 37)) {
            return "American Express";
        }
        if (length >= 16 && (p4 == 6011 || p2 == 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925))) {
            return "Discover";
        }
        if (length >= 16 && p4 >= 3528 && p4 <= 3589) {
            return "JCB";
        }
        if (length >= 14 && (p2 == 36 || p2 == 38 || p2 == 39 || (p3 >= 300 && p3 <= 305))) {
            return "Diners Club";
        }
        if (length >= 16 && p2 == 62) {
            return "UnionPay";
        }
        return null;
    }

    static boolean luhn(CharSequence number) {
        int sum = 0;
        boolean twice = false;
        for (int i = number.length() - 1; i >= 0; i--) {
            int d = number.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isUpperOrDigit(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 128 && Character.isLetterOrDigit(c);
    }
}
