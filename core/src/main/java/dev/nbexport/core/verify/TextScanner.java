package dev.nbexport.core.verify;

import dev.nbexport.core.known.KnownMatch;
import dev.nbexport.core.known.KnownValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The text rules: what a cell's source, a metadata string or a text file may carry that is data.
 *
 * <p>Every rule is a hand-written, linear pass or a cheap literal pre-filter followed by a bounded
 * check at the few places that pass it, so a large string of ordinary code costs a few passes of
 * {@code indexOf} and character loops, never regex backtracking. A hit says where and what kind of
 * thing was found, never the text itself.
 *
 * <ul>
 * <li>{@code data-uri}: {@code data:[type][;params],payload} with a base64 payload of 16 characters or
 * more, or any other payload of 32 or more. The stripper's placeholder holds no {@code data:}.</li>
 * <li>{@code encoded-blob}: a run of base64 characters of {@code blobMinLength} or more (lines of 60 or
 * more wrapped at line ends count as one run), or a run of hex digits of {@code hexMinLength} or more.
 * Payloads of {@code data:} URIs are left to {@code data-uri}, so the policy's view of them holds.
 * Base85 and ascii85: see {@link Base85}.</li>
 * <li>{@code long-literal}: a line longer than {@code longLineLength}, not counting encoded blobs on it
 * (those are reported already).</li>
 * <li>{@code inline-table}: see {@link Tables}.</li>
 * <li>{@code credential}: see {@link Credentials}.</li>
 * <li>{@code email}, {@code email-list}, {@code iban}, {@code iban-list}, {@code card-number},
 * {@code card-list}: see {@link PersonalData}.</li>
 * <li>{@code national-id}, {@code national-id-list}: see {@link NationalIds}.</li>
 * <li>{@code hidden-text}: see {@link HiddenCharacters}.</li>
 * <li>{@code known-data}: the values of the site's data files, one hit a text from the first to the
 * last found: see {@link KnownValues}.</li>
 * </ul>
 */
final class TextScanner {

    private static final Keyword DATA_SCHEME = Keyword.of("data:");
    private static final Keyword BYTE_ESCAPE = Keyword.of("\\x");
    /** What may stand before a disguised scheme's colon but for a character reference: its a, or a tab or line break a browser drops. */
    private static final Keyword[] SCHEME_COLONS = Keyword.all("a:", "\t:", "\n:", "\r:");
    private static final int DATA_URI_BASE64_MIN = 16;
    private static final int DATA_URI_TEXT_MIN = 32;
    /** Shortest line of a wrapped base64 block (MIME wraps at 76, PEM at 64). */
    private static final int WRAPPED_LINE_MIN = 60;
    /** Hits of one rule reported for one string; the last says how many more there were. */
    static final int MAX_HITS_PER_RULE = 100;

    private static final boolean[] BASE64 = new boolean[128];
    private static final boolean[] HEX = new boolean[128];

    static {
        for (char c = 'A'; c <= 'Z'; c++) {
            BASE64[c] = true;
            BASE64[Character.toLowerCase(c)] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            BASE64[c] = true;
            HEX[c] = true;
        }
        for (char c : "+/=-_".toCharArray()) {
            BASE64[c] = true;
        }
        for (char c : "abcdefABCDEF".toCharArray()) {
            HEX[c] = true;
        }
    }

    private final ScanSettings settings;
    private final KnownValues known;

    TextScanner(ScanSettings settings) {
        this(settings, KnownValues.NONE);
    }

    TextScanner(ScanSettings settings, KnownValues known) {
        this.settings = settings;
        this.known = known;
    }

    List<TextHit> scan(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        Scan scan = new Scan(text);
        List<int[]> dataUris = dataUris(scan);
        piecedBlobs(scan, blobs(scan, dataUris));
        escapedBytes(scan);
        Base85.find(scan, settings.blobMinLength());
        Credentials.find(scan);
        longLines(scan);
        Tables.find(scan, settings.tableMinRows());
        PersonalData.find(scan, settings);
        NationalIds.find(scan, settings.nationalIdListMinCount());
        HiddenCharacters.find(scan);
        KnownMatch match = known.find(text);
        if (match != null) {
            scan.add(Rule.KNOWN_DATA, match.start(), match.end(), match.what());
        }
        return scan.finish();
    }

    /** One scan of one string: the text, a lazily built ASCII-lowercased copy, the hits so far. */
    /** Characters allowed between two escapes of one run: a closing quote, a line break, indentation, {@code b'}. */
    private static final int ESCAPE_GAP = 16;

    static final class Scan {
        /** Bits of the set of pairs: a text of a few hundred characters, a cell's, sets few of them. */
        private static final int PAIRS = 4096;
        final String text;
        /**
         * The text's characters, for the rules that look at each of them: under the quick JIT tier a
         * folder is verified on, indexing an array costs a fraction of {@code String.charAt}, which
         * that tier calls rather than inlines.
         */
        final char[] chars;
        private String lower;
        /**
         * Which pairs of neighbouring characters the text holds (see {@link #mayContain}): every rule
         * asks, the first of them for every text, so they are noted as the scan is made.
         */
        private final long[] pairs = new long[PAIRS / 64];
        /** How often each ASCII character stands in the text, counted in the pass of the pairs. */
        private final int[] ascii = new int[128];
        private int digits;
        private int longestWord;
        final List<Raw> hits = new ArrayList<>();

        /**
         * A scan of {@code text}, its lone carriage returns read as line breaks: a text saved with
         * them alone ending its lines (Excel for Mac's CSV and text, classic Mac OS) has lines as
         * any other, and every reader and the findings' line numbers see them. Offsets stay the same.
         */
        Scan(String text) {
            this.text = crAsLineBreak(text);
            this.chars = this.text.toCharArray();
            notePairs();
        }

        /** {@code text} with each carriage return not followed by a line feed replaced by one; CR LF stays as it is. */
        private static String crAsLineBreak(String text) {
            int cr = text.indexOf('\r');
            if (cr < 0) {
                return text;
            }
            char[] chars = null;
            for (; cr >= 0; cr = text.indexOf('\r', cr + 1)) {
                if (cr + 1 == text.length() || text.charAt(cr + 1) != '\n') {
                    chars = chars == null ? text.toCharArray() : chars;
                    chars[cr] = '\n';
                }
            }
            return chars == null ? text : new String(chars);
        }

        /**
         * Whether the text has {@code count} lines or more: a reader of rows, one a line, has nothing
         * to read in fewer than a table's rows.
         */
        boolean hasLines(int count) {
            return count('\n') + 1 >= count;
        }

        /**
         * How many times the text holds the ASCII character {@code c}: a reader whose table needs a
         * comma, a brace or an equals sign for each of its rows skips a text with fewer of them.
         */
        int count(char c) {
            return ascii[c];
        }

        /** The text with A–Z lowered and nothing else changed, so offsets stay the same. */
        String lower() {
            if (lower == null) {
                char[] chars = this.chars.clone();
                for (int i = 0; i < chars.length; i++) {
                    chars[i] = (char) lowered(chars[i]);
                }
                lower = new String(chars);
            }
            return lower;
        }

        /** {@link #mayContain(Keyword)} for a literal asked of one text. */
        boolean mayContain(String literal) {
            return mayContain(Keyword.of(literal));
        }

        /**
         * False only when the text cannot hold {@code keyword} (two characters or more), A–Z and a–z
         * taken alike: one of its pairs of neighbouring characters is nowhere in the text. One pass
         * over the text answers for every rule, which then searches only texts that may hold what it
         * looks for: most cells hold none of it.
         */
        boolean mayContain(Keyword keyword) {
            for (int pair : keyword.pairs) {
                if ((pairs[pair >>> 6] & 1L << pair) == 0) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the text may hold any of {@code keywords} ({@link #mayContain(Keyword)}). */
        boolean mayContainAny(Keyword[] keywords) {
            for (Keyword keyword : keywords) {
                if (mayContain(keyword)) {
                    return true;
                }
            }
            return false;
        }

        /** How many ASCII digits the text holds: a rule that needs more skips the text. */
        int digits() {
            return digits;
        }

        /**
         * The longest run of characters above the space (no white space or control character in it):
         * an encoded blob is one (or a wrapped one holds one of a line's length); code has a space
         * every few characters.
         */
        int longestWord() {
            return longestWord;
        }

        /** Notes the pairs of neighbouring characters, and counts the ASCII characters and the longest word, in one pass. */
        private void notePairs() {
            char[] chars = this.chars;
            if (chars.length == 0) {
                return;
            }
            long[] set = pairs;
            int[] counts = ascii;
            char previous = chars[0];
            if (previous < 128) {
                counts[previous]++;
            }
            int lastBreak = previous <= ' ' ? 0 : -1;
            int longest = 0;
            for (int i = 1; i < chars.length; i++) {
                char c = chars[i];
                int pair = pair(previous, c);
                set[pair >>> 6] |= 1L << pair;
                previous = c;
                if (c < 128) {
                    counts[c]++;
                }
                if (c <= ' ') {
                    longest = Math.max(longest, i - lastBreak - 1);
                    lastBreak = i;
                }
            }
            for (char c = '0'; c <= '9'; c++) {
                digits += counts[c];
            }
            longestWord = Math.max(longest, chars.length - lastBreak - 1);
        }

        /** A pair of characters hashed below {@link #PAIRS}, A–Z taken as a–z. */
        static int pair(char first, char second) {
            return (lowered(first) << 16 | lowered(second)) * 0x9E3779B1 >>> 20;
        }

        private static int lowered(char c) {
            return c >= 'A' && c <= 'Z' ? c + 32 : c;
        }

        void add(Rule rule, int start, int end, String what) {
            hits.add(new Raw(rule, start, end, what));
        }

        List<TextHit> finish() {
            if (hits.isEmpty()) {
                return List.of();
            }
            List<Raw> credentials = distinctCredentials();
            int[] credentialStarts = credentials.stream().mapToInt(Raw::start).toArray();
            List<Raw> sorted = new ArrayList<>(hits.size());
            for (Raw hit : hits) {
                if (hit.rule == Rule.CREDENTIAL) {
                    continue;
                }
                // A key's body or a token's parts are not a second finding; nor is an address in a connection
                // string. What reaches past the credential is: were the credential accepted, it would pass unseen.
                boolean shadowed = hit.rule != Rule.DATA_URI && hit.rule != Rule.LONG_LITERAL && hit.rule != Rule.INLINE_TABLE
                        && hit.rule != Rule.KNOWN_DATA
                        && within(credentials, credentialStarts, hit);
                if (!shadowed) {
                    sorted.add(hit);
                }
            }
            sorted.addAll(credentials);
            sorted.sort(Comparator.comparingInt((Raw r) -> r.start).thenComparingInt(r -> r.rule.ordinal()));
            int[] lineStarts = lineStarts(text);
            int[] perRule = new int[Rule.values().length];
            List<TextHit> out = new ArrayList<>(Math.min(sorted.size(), 64));
            for (Raw hit : sorted) {
                int seen = ++perRule[hit.rule.ordinal()];
                if (seen <= MAX_HITS_PER_RULE) {
                    out.add(new TextHit(hit.rule, hit.start, hit.end, line(lineStarts, hit.start), hit.what));
                }
            }
            for (int i = out.size() - 1; i >= 0; i--) {
                TextHit last = out.get(i);
                int more = perRule[last.rule().ordinal()] - MAX_HITS_PER_RULE;
                if (more > 0) {
                    out.set(i, new TextHit(last.rule(), last.start(), last.end(), last.line(),
                            last.what() + "; " + more + " more like it in the same text", true));
                    perRule[last.rule().ordinal()] = 0;
                }
            }
            return out;
        }

        /**
         * Credential hits in start order, one per place: where two overlap, one spans both, named
         * as the one found first (the more specific).
         */
        private List<Raw> distinctCredentials() {
            List<Raw> found = new ArrayList<>();
            for (int i = 0; i < hits.size(); i++) {
                Raw hit = hits.get(i);
                if (hit.rule == Rule.CREDENTIAL) {
                    found.add(new Raw(hit.rule, hit.start, hit.end, hit.what, i));
                }
            }
            found.sort(Comparator.comparingInt(Raw::start));
            List<Raw> kept = new ArrayList<>();
            for (Raw hit : found) {
                Raw last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
                if (last != null && hit.start < last.end) {
                    // One finding, named as the more specific, over both spans: its hash then covers
                    // all of them, and accepting it accepts nothing that was not reviewed.
                    Raw named = hit.order < last.order ? hit : last;
                    kept.set(kept.size() - 1, new Raw(named.rule, last.start, Math.max(last.end, hit.end), named.what, named.order));
                } else {
                    kept.add(hit);
                }
            }
            return kept;
        }

        private static boolean within(List<Raw> sorted, int[] starts, Raw hit) {
            int i = Arrays.binarySearch(starts, hit.start);
            int k = i >= 0 ? i : -i - 2; // the last credential starting at or before the hit
            return k >= 0 && sorted.get(k).end >= hit.end;
        }
    }

    record Raw(Rule rule, int start, int end, String what, int order) {
        Raw(Rule rule, int start, int end, String what) {
            this(rule, start, end, what, 0);
        }
    }

    static int[] lineStarts(String text) {
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        int[] starts = new int[count];
        int k = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts[k++] = i + 1;
        }
        return starts;
    }

    /** The 1-based line holding offset {@code at}. */
    static int line(int[] lineStarts, int at) {
        int i = Arrays.binarySearch(lineStarts, at);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    // ---------------------------------------------------------------- data: URIs

    private static List<int[]> dataUris(Scan scan) {
        List<int[]> found = plainDataUris(scan);
        encodedScheme(scan);
        return found;
    }

    private static List<int[]> plainDataUris(Scan scan) {
        List<int[]> found = new ArrayList<>();
        if (!scan.mayContain(DATA_SCHEME)) {
            return found;
        }
        String text = scan.text;
        String lower = scan.lower();
        int n = text.length();
        for (int at = lower.indexOf("data:"); at >= 0; at = lower.indexOf("data:", at + 5)) {
            if (at > 0 && isSchemeChar(text.charAt(at - 1))) {
                continue; // "metadata:", "my-data:" and the like
            }
            int p = at + 5;
            int typeStart = p;
            while (p < n && p - typeStart < 128 && isTypeChar(text.charAt(p))) {
                p++;
            }
            String type = lower.substring(typeStart, p);
            boolean base64 = false;
            while (p < n && text.charAt(p) == ';') {
                int param = ++p;
                while (p < n && p - param < 256 && isParamChar(text.charAt(p))) {
                    p++;
                }
                if (p - param == 6 && lower.startsWith("base64", param)) {
                    base64 = true;
                }
            }
            if (p >= n || text.charAt(p) != ',') {
                continue;
            }
            int payload = ++p;
            p = payloadEnd(text, at, payload);
            int length = p - payload;
            if (base64 ? length >= DATA_URI_BASE64_MIN : length >= DATA_URI_TEXT_MIN) {
                scan.add(Rule.DATA_URI, at, p, "a " + (base64 ? "base64 " : "") + "data: URI" + kind(type));
                found.add(new int[] {payload, p});
            }
        }
        return found;
    }

    /**
     * Where a payload that starts at {@code payload} ends, judged by what stands before the URI at
     * {@code start}: the closing quote of an attribute, the {@code >} of {@code <data:…>}, an
     * unbalanced parenthesis of a markdown link or CSS {@code url(…)}; else a character a bare URI
     * cannot hold. A payload that is not base64 (SVG, HTML) holds such characters, and a browser
     * reads it whole.
     */
    private static int payloadEnd(String text, int start, int payload) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        int n = text.length();
        int p = payload;
        if (before == '"' || before == '\'' || before == '<') {
            char close = before == '<' ? '>' : before;
            while (p < n && text.charAt(p) != close) {
                p++;
            }
        } else if (before == '(') {
            for (int depth = 0; p < n && !Character.isWhitespace(text.charAt(p)); p++) {
                char c = text.charAt(p);
                if (c == ')' && depth-- == 0) {
                    break;
                } else if (c == '(') {
                    depth++;
                }
            }
        } else {
            while (p < n && isPayloadChar(text.charAt(p))) {
                p++;
            }
        }
        return p;
    }

    /**
     * A {@code data:} URI whose scheme is written with HTML character references ({@code &#100;ata:},
     * {@code data&colon;}) or broken by tabs or line breaks, which browsers decode or drop from a
     * URL. Looked for only where a URL's value starts (after a quote, {@code (}, {@code <} or
     * {@code =}): a line ending in "data:" before a table is not one.
     */
    private static void encodedScheme(Scan scan) {
        // Without a character reference (an & and a ;), the scheme's colon follows its a or a dropped tab or line break.
        if (!(scan.count('&') > 0 && scan.count(';') > 0) && !scan.mayContainAny(SCHEME_COLONS)) {
            return;
        }
        char[] chars = scan.chars;
        for (int i = 0; i + 1 < chars.length; i++) {
            char c = chars[i];
            // One comparison for most characters: all that start a value ("'(<=) sort before letters.
            if (c > '=' || c != '"' && c != '\'' && c != '(' && c != '<' && c != '=') {
                continue;
            }
            char next = chars[i + 1];
            // A disguised scheme starts with its d, a character reference, or a tab or line break (below a space).
            if (next != 'd' && next != 'D' && next != '&' && next >= ' ') {
                continue;
            }
            int schemeEnd = disguisedSchemeEnd(scan.text, i + 1);
            if (schemeEnd > 0) {
                scan.add(Rule.DATA_URI, i + 1, payloadEnd(scan.text, i + 1, schemeEnd),
                        "a data: URI written with character references or white space in its scheme, as a browser reads it");
                i = schemeEnd - 1;
            }
        }
    }

    /**
     * Where {@code data:} ends when it starts at {@code at} as a browser reads a URL (character
     * references decoded, tabs and line breaks dropped) but not as written; -1 otherwise.
     */
    private static int disguisedSchemeEnd(String text, int at) {
        int matched = 0;
        boolean disguised = false;
        int i = at;
        while (i < text.length() && matched < 5) {
            char c = text.charAt(i);
            int next = i + 1;
            if (c == '\t' || c == '\n' || c == '\r') {
                disguised = true;
                i = next;
                continue;
            }
            int semicolon = c == '&' ? text.indexOf(';', i) : -1;
            if (semicolon > i && semicolon - i <= 10) {
                int decoded = characterReference(text.substring(i + 1, semicolon));
                if (decoded >= 0) {
                    disguised = true;
                    c = (char) decoded;
                    next = semicolon + 1;
                    if (c == '\t' || c == '\n' || c == '\r') {
                        i = next;
                        continue;
                    }
                }
            }
            if (Character.toLowerCase(c) != "data:".charAt(matched)) {
                return -1;
            }
            matched++;
            i = next;
        }
        return matched == 5 && disguised ? i : -1;
    }

    /**
     * The character an HTML reference such as {@code #100}, {@code #x64} or {@code colon} stands for,
     * or -1. The stripper decodes these too, with its own code: the verifier shares none with it, so
     * that a mistake in one is caught by the other.
     */
    private static int characterReference(String name) {
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

    private static String kind(String type) {
        int slash = type.indexOf('/');
        String top = slash < 0 ? type : type.substring(0, slash);
        return switch (top) {
            case "image", "text", "application", "audio", "video", "font" -> " (" + top + ")";
            default -> "";
        };
    }

    private static boolean isSchemeChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '+' || c == '.' || c == '-' || c == '_');
    }

    private static boolean isTypeChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || "!#$&^_.+-/".indexOf(c) >= 0);
    }

    private static boolean isParamChar(char c) {
        return c > ' ' && ",;\"'()<>".indexOf(c) < 0;
    }

    private static boolean isPayloadChar(char c) {
        return !Character.isWhitespace(c) && "\"'()<>[]`".indexOf(c) < 0;
    }

    // ---------------------------------------------------------------- encoded blobs

    /**
     * Bytes written as escapes ({@code \x80\x04…}, a pickle or an image in a bytes literal), also
     * when the literal is split over many short pieces: escapes less than {@value #ESCAPE_GAP}
     * characters apart count as one run, reported from half of {@code hex-min-length} bytes on (the
     * data of a hex run the hex rule reports).
     */
    private void escapedBytes(Scan scan) {
        if (!scan.mayContain(BYTE_ESCAPE)) {
            return;
        }
        String text = scan.text;
        int minimum = settings.hexMinLength() / 2;
        int start = -1;
        int last = -1;
        int count = 0;
        for (int at = text.indexOf("\\x"); at >= 0; at = text.indexOf("\\x", at + 2)) {
            if (at + 3 >= text.length() || Character.digit(text.charAt(at + 2), 16) < 0 || Character.digit(text.charAt(at + 3), 16) < 0) {
                continue;
            }
            if (start >= 0 && at - last > ESCAPE_GAP) {
                reportEscapes(scan, start, last, count, minimum);
                start = -1;
            }
            if (start < 0) {
                start = at;
                count = 0;
            }
            count++;
            last = at + 4;
        }
        if (start >= 0) {
            reportEscapes(scan, start, last, count, minimum);
        }
    }

    private static void reportEscapes(Scan scan, int start, int end, int count, int minimum) {
        if (count >= minimum) {
            scan.add(Rule.ENCODED_BLOB, start, end, "a run of " + count + " escaped bytes");
        }
    }

    /** Shortest piece of base64 a line may hold for {@link #piecedBlobs} to count it. */
    private static final int PIECE_MIN = 32;

    /**
     * Base64 cut into pieces shorter than a wrapped line, about one a line: list items, dict values,
     * call arguments, comments. Runs of {@value #PIECE_MIN} base64 characters or more, of all three
     * kinds (upper case, lower case, digits), each on the line after the one before (or the same),
     * that add up to {@code blobMinLength} are one blob. Hex is left out: a list of checksums is
     * ordinary code. A piece counts without the folder it shares with the piece before or after it
     * ({@link #sharedFolder}): base64's alphabet holds {@code /}, and a listing of files
     * ({@code stubs/Authlib/authlib/jose/rfc7515/jws.pyi}, as a bundle's manifest lists them) reads as
     * pieces, which their common folders make, while what follows a folder is judged as any piece.
     */
    private void piecedBlobs(Scan scan, List<int[]> found) {
        char[] text = scan.chars;
        List<int[]> pieces = new ArrayList<>(found.size());
        for (int k = 0; k < found.size(); k++) {
            int[] piece = found.get(k);
            int folder = Math.max(k > 0 ? sharedFolder(text, found.get(k - 1), piece) : 0,
                    k + 1 < found.size() ? sharedFolder(text, piece, found.get(k + 1)) : 0);
            int start = piece[0] + folder;
            if (folder == 0 || piece[1] - start >= PIECE_MIN && mixesKinds(text, start, piece[1])) {
                pieces.add(new int[] {start, piece[1]});
            }
        }
        int first = 0;
        int lines = 1;
        int total = 0;
        for (int k = 0; k < pieces.size(); k++) {
            int[] piece = pieces.get(k);
            if (k > first) {
                int breaks = lineBreaksBetween(text, pieces.get(k - 1)[1], piece[0]);
                if (breaks > 1) {
                    reportPieces(scan, pieces.get(first)[0], pieces.get(k - 1)[1], lines, total);
                    first = k;
                    lines = 1;
                    total = 0;
                } else {
                    lines += breaks;
                }
            }
            total += piece[1] - piece[0];
        }
        if (!pieces.isEmpty()) {
            reportPieces(scan, pieces.get(first)[0], pieces.get(pieces.size() - 1)[1], lines, total);
        }
    }

    /** The shortest folder {@link #sharedFolder} counts: random bytes' base64 never begins alike for so long. */
    private static final int SHARED_FOLDER_MIN = 8;

    /**
     * The length of the folder two pieces both start with, {@value #SHARED_FOLDER_MIN} characters or
     * more ending in {@code /} (files of one folder, as a listing of paths repeats it line after line),
     * else 0. The pieces of one blob are parts of random bytes, which do not begin alike.
     */
    private static int sharedFolder(char[] text, int[] one, int[] other) {
        int length = Math.min(one[1] - one[0], other[1] - other[0]);
        int folder = 0;
        for (int k = 0; k < length && text[one[0] + k] == text[other[0] + k]; k++) {
            if (text[one[0] + k] == '/') {
                folder = k + 1;
            }
        }
        return folder >= SHARED_FOLDER_MIN ? folder : 0;
    }

    /** How many line breaks stand between two pieces: 0, 1, or 2 for more (or a long way between them). */
    private static int lineBreaksBetween(char[] text, int from, int to) {
        if (to - from > PIECE_GAP) {
            return 2;
        }
        int breaks = 0;
        for (int k = from; k < to && breaks < 2; k++) {
            breaks += text[k] == '\n' ? 1 : 0;
        }
        return breaks;
    }

    /** The most characters between two pieces of one blob: a quote, a key, a call's name, the indentation. */
    private static final int PIECE_GAP = 80;

    private static boolean mixesKinds(char[] text, int from, int to) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        for (int k = from; k < to; k++) {
            char c = text[k];
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
            digit |= c >= '0' && c <= '9';
        }
        return upper && lower && digit;
    }

    private void reportPieces(Scan scan, int start, int end, int lines, int total) {
        if (lines < 2 || total < settings.blobMinLength()) {
            return;
        }
        for (Raw hit : scan.hits) {
            if (hit.rule() == Rule.ENCODED_BLOB && hit.start() < end && hit.end() > start) {
                return; // found whole already, as a wrapped run
            }
        }
        scan.add(Rule.ENCODED_BLOB, start, end, "base64 in " + lines + " pieces of a line each, " + total + " characters");
    }

    /** Reports long runs; returns the runs of a piece's length and more that mix the three kinds of base64 character. */
    private List<int[]> blobs(Scan scan, List<int[]> dataUris) {
        char[] text = scan.chars;
        int n = text.length;
        int minimum = Math.min(settings.blobMinLength(), settings.hexMinLength());
        // A run is part of a word, and a run shorter than a piece is wrapped with others only from a line's length on.
        if (scan.longestWord() < Math.min(PIECE_MIN, minimum)) {
            return List.of();
        }
        List<int[]> pieces = new ArrayList<>();
        int uri = 0;
        int i = 0;
        while (i < n) {
            char c = text[i];
            if (c >= 128 || !BASE64[c]) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && text[i] < 128 && BASE64[text[i]]) {
                i++;
            }
            int end = i;
            int total = end - start;
            if (total >= PIECE_MIN && mixesKinds(text, start, end)) {
                pieces.add(new int[] {start, end});
            }
            // Wrapped blocks: full-width lines of base64, each alone on its line (in quotes, joined by
            // + or commas as string pieces may be), continue the run; the first may end a line of code.
            int segmentStart = start;
            while (end - segmentStart >= WRAPPED_LINE_MIN
                    && (startsLine(text, segmentStart) || segmentStart == start && endsLine(text, end))) {
                int next = nextLineContent(text, end);
                if (next < 0) {
                    break;
                }
                int k = next;
                while (k < n && text[k] < 128 && BASE64[text[k]]) {
                    k++;
                }
                if (k == next || !endsLine(text, k)) {
                    break;
                }
                total += k - next;
                segmentStart = next;
                end = k;
            }
            i = Math.max(i, end);
            if (total < minimum) {
                continue;
            }
            while (uri < dataUris.size() && dataUris.get(uri)[1] <= start) {
                uri++;
            }
            if (uri < dataUris.size() && dataUris.get(uri)[0] <= start) {
                continue; // the payload of a data: URI, judged by that rule
            }
            classify(scan, start, end, total);
        }
        return pieces;
    }

    private void classify(Scan scan, int start, int end, int total) {
        char[] text = scan.chars;
        int from = start;
        if (end - start > 2 && text[start] == '0' && (text[start + 1] == 'x' || text[start + 1] == 'X')) {
            from += 2;
        }
        boolean hex = true;
        boolean listed = false;
        boolean base32 = true;
        boolean hexLetter = false;
        CharacterMix mix = new CharacterMix();
        for (int k = from; k < end; k++) {
            char c = text[k];
            if (c == '\n' || closesPiece(c)) {
                listed |= c == ',';
                continue; // between the lines or pieces of a wrapped run
            }
            if (!(c >= 'A' && c <= 'Z' || c >= '2' && c <= '7' || c == '=')) {
                base32 = false;
            }
            if (!HEX[c]) {
                hex = false;
            } else if (c > '9') {
                hexLetter = true;
            }
            mix.add(c);
        }
        int distinct = mix.distinct();
        // A list of hex strings is a list of checksums as often as not; hex pieces count only when joined as one string.
        if (hex && !listed && total >= settings.hexMinLength() && hexLetter && mix.digit() && distinct >= 6) {
            scan.add(Rule.ENCODED_BLOB, start, end, "a run of " + total + " hex digits");
        } else if (total >= settings.blobMinLength() && mix.lettersAndDigits() && distinct >= 16) {
            scan.add(Rule.ENCODED_BLOB, start, end, "a run of " + total + " base64 characters");
        } else if (total >= settings.blobMinLength() && base32 && mix.upper() && mix.digit() && distinct >= 16) {
            scan.add(Rule.ENCODED_BLOB, start, end, "a run of " + total + " base32 characters");
        }
    }

    /** Whether only white space, an opening quote or a + stands between the line's start and {@code at}. */
    private static boolean startsLine(char[] text, int at) {
        for (int k = at - 1; k >= 0; k--) {
            char c = text[k];
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '"' && c != '\'' && c != '+') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether only what may close a piece of a wrapped string stands between {@code at} and the
     * line's end: white space, a quote, a backslash, a +, a comma or a closing parenthesis.
     */
    private static boolean endsLine(char[] text, int at) {
        for (int k = at; k < text.length; k++) {
            char c = text[k];
            if (c == '\n') {
                return true;
            }
            if (!closesPiece(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean closesPiece(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '"' || c == '\'' || c == '\\' || c == '+' || c == ',' || c == ')';
    }

    /** If only what may close a piece follows {@code at} to the line's end: the first content of the next line. */
    private static int nextLineContent(char[] text, int at) {
        int n = text.length;
        int k = at;
        while (k < n && text[k] != '\n') {
            if (!closesPiece(text[k])) {
                return -1;
            }
            k++;
        }
        if (k >= n) {
            return -1;
        }
        k++;
        while (k < n && (text[k] == ' ' || text[k] == '\t' || text[k] == '"' || text[k] == '\'' || text[k] == '+')) {
            k++;
        }
        return k < n ? k : -1;
    }

    // ---------------------------------------------------------------- long lines

    private void longLines(Scan scan) {
        String text = scan.text;
        int n = text.length();
        int limit = settings.longLineLength();
        if (n <= limit) {
            return;
        }
        List<Raw> blobs = scan.hits.stream().filter(h -> h.rule == Rule.ENCODED_BLOB).toList();
        int start = 0;
        while (start < n) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            int lineEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            int length = lineEnd - start;
            if (length > limit) {
                int s = start;
                int counted = length;
                for (Raw blob : blobs) {
                    counted -= Math.max(0, Math.min(blob.end, lineEnd) - Math.max(blob.start, s));
                }
                if (counted > limit) {
                    scan.add(Rule.LONG_LITERAL, start, lineEnd, "a line of " + length + " characters");
                }
            }
            start = end + 1;
        }
    }
}
