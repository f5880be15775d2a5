package dev.nbexport.core.verify;

/**
 * Part of the {@code credential} rule: keys and tokens a provider issues in a shape of its own, found
 * wherever they stand (assigned, passed, pasted into a URL or a connection string), by a literal
 * prefix and the provider's length and alphabet checked by hand after it.
 *
 * <ul>
 * <li>GitHub ({@code ghp_ gho_ ghs_ ghu_ ghr_} and 36 or more, {@code github_pat_}), Slack ({@code xoxb-
 * xoxa- xoxp- xoxr- xoxs-}, with ten digits or more), Google API keys ({@code AIza} and exactly 35),
 * Stripe live keys ({@code sk_live_ rk_live_}).</li>
 * <li>OpenAI: project, service account and admin keys ({@code sk-proj- sk-svcacct- sk-admin-} and 40 or
 * more of {@code A-Z a-z 0-9 _ -}), and the older user keys, {@code sk-} and exactly 48 letters and
 * digits. Anthropic: {@code sk-ant-} and 80 or more ({@code sk-ant-api03-}, 108 in all).</li>
 * <li>Hugging Face: {@code hf_} (and organisations' {@code api_org_}) and exactly 34 letters.</li>
 * <li>Slack incoming webhooks: {@code https://hooks.slack.com/services/T.../B.../} and 24 letters and
 * digits.</li>
 * <li>SendGrid: {@code SG.}, 22 characters, {@code .} and 43 (URL-safe base64; 40 to 50 taken).</li>
 * <li>Kaggle: 32 lower-case hex digits given to {@code key} beside a {@code username}, as
 * {@code kaggle.json} holds them, or to a name ending in {@code kaggle_key}.</li>
 * <li>Azure storage and service bus keys in connection strings: {@code AccountKey=} and 88 base64
 * characters (64 bytes), {@code SharedAccessKey=} and 44 (32 bytes). The storage emulator's key,
 * published in Microsoft's documentation for anyone to use, is ignored.</li>
 * </ul>
 *
 * <p>A token must stand alone (no letter, digit or {@code _} right before it, none of its alphabet
 * right after) and mix kinds of character as random keys do, so identifiers that begin alike
 * ({@code sk-learn}, {@code hf_hub_download}) and documentation's {@code xxxx} placeholders stay clean.
 */
final class ProviderTokens {

    /** Which characters a token's body is drawn from. */
    private enum Alphabet {
        /** Letters, digits, {@code _} and {@code -}: the URL-safe alphabet most providers use. */
        URL_SAFE,
        /** Letters and digits. */
        ALPHANUMERIC,
        /** Letters alone. */
        LETTERS;

        boolean holds(char c) {
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            return switch (this) {
                case URL_SAFE -> letter || (c >= '0' && c <= '9') || c == '_' || c == '-';
                case ALPHANUMERIC -> letter || (c >= '0' && c <= '9');
                case LETTERS -> letter;
            };
        }
    }

    /**
     * A prefix and the length of the body after it; {@code kinds}: how many of upper case, lower case
     * and digits the body must hold (the older tokens are checked as before: placeholders and runs of
     * few characters aside).
     */
    private record Token(String prefix, int min, int max, Alphabet alphabet, int kinds, String what) {
    }

    private static final Token[] TOKENS = {
        new Token("ghp_", 36, 255, Alphabet.URL_SAFE, 0, "a GitHub token"),
        new Token("gho_", 36, 255, Alphabet.URL_SAFE, 0, "a GitHub token"),
        new Token("ghs_", 36, 255, Alphabet.URL_SAFE, 0, "a GitHub token"),
        new Token("ghu_", 36, 255, Alphabet.URL_SAFE, 0, "a GitHub token"),
        new Token("ghr_", 36, 255, Alphabet.URL_SAFE, 0, "a GitHub token"),
        new Token("github_pat_", 40, 255, Alphabet.URL_SAFE, 0, "a GitHub token"),
        new Token("xoxb-", 20, 255, Alphabet.URL_SAFE, 0, "a Slack token"),
        new Token("xoxa-", 20, 255, Alphabet.URL_SAFE, 0, "a Slack token"),
        new Token("xoxp-", 20, 255, Alphabet.URL_SAFE, 0, "a Slack token"),
        new Token("xoxr-", 20, 255, Alphabet.URL_SAFE, 0, "a Slack token"),
        new Token("xoxs-", 20, 255, Alphabet.URL_SAFE, 0, "a Slack token"),
        new Token("AIza", 35, 35, Alphabet.URL_SAFE, 0, "a Google API key"),
        new Token("sk_live_", 20, 255, Alphabet.URL_SAFE, 0, "a Stripe live key"),
        new Token("rk_live_", 20, 255, Alphabet.URL_SAFE, 0, "a Stripe live key"),
        new Token("sk-proj-", 40, 255, Alphabet.URL_SAFE, 3, "an OpenAI API key"),
        new Token("sk-svcacct-", 40, 255, Alphabet.URL_SAFE, 3, "an OpenAI API key"),
        new Token("sk-admin-", 40, 255, Alphabet.URL_SAFE, 3, "an OpenAI API key"),
        new Token("sk-", 48, 48, Alphabet.ALPHANUMERIC, 3, "an OpenAI API key"),
        new Token("sk-ant-", 80, 255, Alphabet.URL_SAFE, 3, "an Anthropic API key"),
        new Token("hf_", 34, 34, Alphabet.LETTERS, 2, "a Hugging Face token"),
        new Token("api_org_", 34, 34, Alphabet.LETTERS, 2, "a Hugging Face token"),
    };

    /** Each token's prefix is found through one of these, so a long text is searched a few times, not once a token. */
    private static final Keyword[] ANCHORS = Keyword.all("gh", "github_pat_", "xox", "AIza", "k_live_", "sk-", "hf_", "api_org_");

    private static final Keyword SLACK_WEBHOOK = Keyword.of("hooks.slack.com/services/");
    private static final Keyword SENDGRID_PREFIX = Keyword.of("SG.");
    private static final Keyword KEY = Keyword.of("key");
    private static final Keyword AZURE_ACCOUNT_KEY = Keyword.of("accountkey=");
    private static final Keyword AZURE_SHARED_ACCESS_KEY = Keyword.of("sharedaccesskey=");

    /** The key of Azure's storage emulator (Azurite), the same for everyone and printed in its documentation. */
    private static final String AZURE_EMULATOR_KEY =
            "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private ProviderTokens() {
    }

    static void find(TextScanner.Scan scan) {
        prefixed(scan);
        slackWebhooks(scan);
        sendGridKeys(scan);
        kaggleKeys(scan);
        azureKeys(scan, AZURE_ACCOUNT_KEY, 88, "an Azure storage account key");
        azureKeys(scan, AZURE_SHARED_ACCESS_KEY, 44, "an Azure shared access key");
    }

    // ---------------------------------------------------------------- prefixed tokens

    private static void prefixed(TextScanner.Scan scan) {
        String text = scan.text;
        for (Keyword keyword : ANCHORS) {
            if (!scan.mayContain(keyword)) {
                continue;
            }
            String anchor = keyword.text;
            int back = anchor.equals("k_live_") ? 1 : 0;
            for (int hit = text.indexOf(anchor); hit >= 0; hit = text.indexOf(anchor, hit + 1)) {
                int at = hit - back;
                if (at < 0) {
                    continue;
                }
                for (Token token : TOKENS) {
                    if (anchorOf(token).equals(anchor) && text.startsWith(token.prefix, at)) {
                        token(scan, token, at);
                    }
                }
            }
        }
    }

    /** The anchor a token's prefix is searched by. */
    private static String anchorOf(Token token) {
        String prefix = token.prefix;
        if (prefix.startsWith("github_pat_")) {
            return "github_pat_";
        }
        if (prefix.endsWith("k_live_")) {
            return "k_live_";
        }
        for (Keyword anchor : ANCHORS) {
            if (prefix.startsWith(anchor.text)) {
                return anchor.text;
            }
        }
        throw new IllegalStateException(prefix);
    }

    private static void token(TextScanner.Scan scan, Token token, int at) {
        String text = scan.text;
        if (at > 0 && Credentials.isWord(text.charAt(at - 1))) {
            return;
        }
        int from = at + token.prefix.length();
        int end = from;
        while (end < text.length() && end - from <= token.max && token.alphabet.holds(text.charAt(end))) {
            end++;
        }
        int length = end - from;
        if (length < token.min || length > token.max) {
            return;
        }
        if (end < text.length() && Alphabet.URL_SAFE.holds(text.charAt(end)) && token.alphabet != Alphabet.URL_SAFE) {
            return; // "sk-" and 48 letters and digits, then more of a longer name
        }
        if (Credentials.placeholder(text.substring(from, end)) || Credentials.lowVariety(text, from, end)
                || kinds(text, from, end) < token.kinds) {
            return;
        }
        if (token.prefix.startsWith("xox") && digits(text, from, end) < 10) {
            return;
        }
        scan.add(Rule.CREDENTIAL, at, end, token.what);
    }

    // ---------------------------------------------------------------- Slack webhooks

    /** {@code hooks.slack.com/services/T<team>/B<channel>/<24 letters and digits>}. */
    private static void slackWebhooks(TextScanner.Scan scan) {
        if (!scan.mayContain(SLACK_WEBHOOK)) {
            return;
        }
        String text = scan.text;
        String webhook = SLACK_WEBHOOK.text;
        for (int at = text.indexOf(webhook); at >= 0; at = text.indexOf(webhook, at + 1)) {
            int team = at + webhook.length();
            int channel = slackId(text, team, 'T');
            int secret = channel < 0 ? -1 : slackId(text, channel, 'B');
            if (secret < 0) {
                continue;
            }
            int end = secret;
            while (end < text.length() && end - secret <= 24 && Alphabet.ALPHANUMERIC.holds(text.charAt(end))) {
                end++;
            }
            if (end - secret != 24 || end < text.length() && Alphabet.URL_SAFE.holds(text.charAt(end))
                    || Credentials.placeholder(text.substring(secret, end)) || kinds(text, secret, end) < 2) {
                continue;
            }
            scan.add(Rule.CREDENTIAL, text.startsWith("https://", at - 8) ? at - 8 : at, end, "a Slack webhook URL");
        }
    }

    /** After an id of {@code kind} and 8 to 12 upper-case letters or digits and its slash, or -1. */
    private static int slackId(String text, int at, char kind) {
        if (at >= text.length() || text.charAt(at) != kind) {
            return -1;
        }
        int end = at + 1;
        while (end < text.length() && end - at <= 13 && (Character.isUpperCase(text.charAt(end)) && text.charAt(end) < 128
                || text.charAt(end) >= '0' && text.charAt(end) <= '9')) {
            end++;
        }
        int length = end - at - 1;
        return length >= 8 && length <= 12 && end < text.length() && text.charAt(end) == '/' ? end + 1 : -1;
    }

    // ---------------------------------------------------------------- SendGrid and Kaggle

    /** {@code SG.<22>.<43>}, both parts URL-safe base64; a key copied with a character lost or added is still one. */
    private static void sendGridKeys(TextScanner.Scan scan) {
        if (!scan.mayContain(SENDGRID_PREFIX)) {
            return;
        }
        String text = scan.text;
        for (int at = text.indexOf("SG."); at >= 0; at = text.indexOf("SG.", at + 3)) {
            if (at > 0 && (Credentials.isWord(text.charAt(at - 1)) || text.charAt(at - 1) == '.')) {
                continue;
            }
            int id = at + 3;
            int dot = run(text, id, 22);
            if (dot - id != 22 || dot >= text.length() || text.charAt(dot) != '.') {
                continue;
            }
            int end = run(text, dot + 1, 50);
            if (end - dot - 1 < 40 || end - dot - 1 > 50
                    || kinds(text, id, end) < 3 || Credentials.placeholder(text.substring(id, end))) {
                continue;
            }
            scan.add(Rule.CREDENTIAL, at, end, "a SendGrid API key");
        }
    }

    /** Where a run of URL-safe characters from {@code from} ends, read no further than one past {@code length}. */
    private static int run(String text, int from, int length) {
        int end = from;
        while (end < text.length() && end - from <= length && Alphabet.URL_SAFE.holds(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** 32 hex digits given to {@code key} in a text that names a {@code username} (kaggle.json), or to {@code KAGGLE_KEY}. */
    private static void kaggleKeys(TextScanner.Scan scan) {
        if (!scan.mayContain(KEY) || scan.digits() < 8) {
            return;
        }
        String lower = scan.lower();
        boolean username = lower.contains("username");
        if (!username && !lower.contains("kaggle_key")) {
            return;
        }
        String text = scan.text;
        for (int at = lower.indexOf("key"); at >= 0; at = lower.indexOf("key", at + 3)) {
            int end = at + 3;
            if (end < text.length() && Credentials.isWord(text.charAt(end))) {
                continue;
            }
            boolean kaggle = lower.startsWith("kaggle_", at - 7);
            if (!kaggle && (!username || at > 0 && Credentials.isWord(text.charAt(at - 1)))) {
                continue;
            }
            int k = end;
            if (k < text.length() && (text.charAt(k) == '"' || text.charAt(k) == '\'')) {
                k++;
            }
            if (kaggle && k < text.length() && text.charAt(k) == ']') {
                k++; // os.environ["KAGGLE_KEY"] = ...
            }
            while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                k++;
            }
            if (k >= text.length() || text.charAt(k) != ':' && text.charAt(k) != '=') {
                continue;
            }
            k++;
            while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '"' || text.charAt(k) == '\'')) {
                k++;
            }
            int value = k;
            while (k < text.length() && k - value <= 32 && (Character.isDigit(text.charAt(k)) || text.charAt(k) >= 'a' && text.charAt(k) <= 'f')) {
                k++;
            }
            if (k - value == 32 && (k == text.length() || !Credentials.isWord(text.charAt(k)))
                    && kinds(text, value, k) == 2 && !Credentials.lowVariety(text, value, k)) {
                scan.add(Rule.CREDENTIAL, at, k, "a Kaggle API key");
            }
        }
    }

    // ---------------------------------------------------------------- Azure keys

    /** {@code key} (lower case, with its {@code =}) and a base64 key of {@code length} ending in {@code =}. */
    private static void azureKeys(TextScanner.Scan scan, Keyword keyword, int length, String what) {
        if (!scan.mayContain(keyword)) {
            return;
        }
        String key = keyword.text;
        String lower = scan.lower();
        String text = scan.text;
        for (int at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + 1)) {
            if (at > 0 && Credentials.isWord(text.charAt(at - 1))) {
                continue;
            }
            int from = at + key.length();
            int end = from;
            while (end < text.length() && end - from <= length && isBase64(text.charAt(end))) {
                end++;
            }
            String value = text.substring(from, end);
            if (end - from != length || !value.endsWith("=") || value.equals(AZURE_EMULATOR_KEY)
                    || Credentials.placeholder(value) || kinds(text, from, end) < 3) {
                continue;
            }
            scan.add(Rule.CREDENTIAL, at, end, what);
        }
    }

    private static boolean isBase64(char c) {
        return Alphabet.ALPHANUMERIC.holds(c) || c == '+' || c == '/' || c == '=';
    }

    // ---------------------------------------------------------------- character kinds

    /** How many of upper case, lower case and digits {@code [from, end)} holds. */
    static int kinds(String text, int from, int end) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        for (int k = from; k < end; k++) {
            char c = text.charAt(k);
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
            digit |= c >= '0' && c <= '9';
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0);
    }

    private static int digits(String text, int from, int end) {
        int count = 0;
        for (int k = from; k < end; k++) {
            if (Character.isDigit(text.charAt(k))) {
                count++;
            }
        }
        return count;
    }
}
