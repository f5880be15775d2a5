package dev.nbexport.core.verify;

import java.util.Arrays;

/**
 * File names that hold a customer's id and name, a path a line: a notebook, a report or an export
 * made per customer ({@code output/100231_Ann_Lee.ipynb}), listed among a bundle's entries or among the
 * files it left home. The stem's words, parted by {@code _ - .} or spaces, hold a name where two to four
 * of them in a row are capitalised words of letters, and an id where one is a number of four digits
 * or more; {@code minRows} such paths or more whose ids differ (9 in 10) and whose names vary as
 * people's do ({@link RecordColumn#fullNames}) are a list of people.
 *
 * <p>Without ids, names alone are a guess: numbered titles ({@code 01_Getting_Started.ipynb}) and
 * places ({@code Buenos_Aires.geojson}) read as names too. Such paths are a list of people only when
 * {@code minRows} of them or more are one template, the same path but for the name, as a loop makes
 * them ({@code output/report_Ann_Lee.ipynb}, papermill's runs), and their last words differ too
 * (9 in 10), as places' ({@code Kansas City}) and titles' ({@code User Guide}) do not.
 */
final class PathNames {

    /** The longest name taken from a stem; a longer run of capitalised words is a title. */
    private static final int MAX_WORDS = 4;
    private static final int MAX_NAME = 128;
    /** The longest extension a path's last segment ends in. */
    private static final int MAX_EXTENSION = 10;
    private static final int MIN_ID_DIGITS = 4;

    private final char[] text;
    private final char[] name = new char[MAX_NAME];
    private final RecordColumn names = new RecordColumn();
    /** The ids of the first {@link RecordColumn#SAMPLE} names, as numbers. */
    private final long[] ids = new long[RecordColumn.SAMPLE];
    /** Where the name read last stands in the text. */
    private int nameFrom;
    private int nameTo;
    /** The paths with a name and no id, {@code [start, end)} pairs, and the hash of each one's template: the path but its name. */
    private int[] spans = new int[0];
    private long[] templates = new long[0];
    private int unnumbered;

    private PathNames(char[] text) {
        this.text = text;
    }

    static void find(TextScanner.Scan scan, int minRows) {
        if (scan.hasLines(minRows)) {
            new PathNames(scan.chars).read(scan, minRows);
        }
    }

    private void read(TextScanner.Scan scan, int minRows) {
        int count = 0;
        int first = -1;
        int last = -1;
        int start = 0;
        while (start < text.length) {
            int lineEnd = Scalars.lineEnd(text, start, text.length);
            int end = lineEnd > start && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            int length = isPath(start, end) ? nameIn(start, end) : 0;
            long id = length > 0 ? idIn(start, end) : -1;
            if (length > 0 && id < 0) {
                unnumbered(start, end);
            }
            if (id >= 0) {
                if (count < ids.length) {
                    ids[count] = id;
                }
                names.clear();
                names.read(name, 0, length);
                names.add(count++);
                first = first < 0 ? start : first;
                last = end;
            }
            start = lineEnd + 1;
        }
        if (count >= minRows && distinctIds(count) && names.fullNames(count)) {
            scan.add(Rule.INLINE_TABLE, first, last, "a list of " + count + " file names holding people's names");
        } else if (unnumbered >= minRows) {
            judgeUnnumbered(scan, minRows);
        }
    }

    private void unnumbered(int start, int end) {
        if (unnumbered == templates.length) {
            templates = Arrays.copyOf(templates, Math.max(64, 2 * unnumbered));
            spans = Arrays.copyOf(spans, 2 * templates.length);
        }
        spans[2 * unnumbered] = start;
        spans[2 * unnumbered + 1] = end;
        templates[unnumbered++] = RecordRun.extendHash(RecordRun.extendHash(0, text, start, nameFrom), text, nameTo, end);
    }

    /** Judges the paths of the commonest template among those with a name and no id, if {@code minRows} or more. */
    private void judgeUnnumbered(TextScanner.Scan scan, int minRows) {
        long[] sorted = Arrays.copyOf(templates, unnumbered);
        Arrays.sort(sorted);
        long common = 0;
        int most = 0;
        for (int i = 0, run = 0; i < sorted.length; i++) {
            run = i > 0 && sorted[i] == sorted[i - 1] ? run + 1 : 1;
            if (run > most) {
                most = run;
                common = sorted[i];
            }
        }
        if (most < minRows) {
            return;
        }
        RecordColumn column = new RecordColumn();
        column.reset();
        int count = 0;
        int first = -1;
        int last = -1;
        for (int i = 0; i < unnumbered; i++) {
            if (templates[i] != common) {
                continue;
            }
            int length = nameIn(spans[2 * i], spans[2 * i + 1]);
            column.clear();
            column.read(name, 0, length);
            column.add(count++);
            first = first < 0 ? spans[2 * i] : first;
            last = spans[2 * i + 1];
        }
        if (column.fullNames(count) && column.lastWordsDiffer(count)) {
            scan.add(Rule.INLINE_TABLE, first, last, "a list of " + count + " file names holding people's names");
        }
    }

    /**
     * Whether {@code [start, end)} is a path alone: no code's punctuation, no two spaces side by side
     * (columns, indentation), and a last segment whose extension starts with a letter ({@code 12.50} is
     * a figure's).
     */
    private boolean isPath(int start, int end) {
        // Most lines of code or prose end otherwise: the extension is looked at first.
        int dot = end - 1;
        while (dot > start && end - dot <= MAX_EXTENSION && Character.isLetterOrDigit(text[dot])) {
            dot--;
        }
        if (dot <= start || text[dot] != '.' || dot + 1 == end || !Character.isLetter(text[dot + 1])) {
            return false;
        }
        for (int k = start; k < dot; k++) {
            char c = text[k];
            if (c < ' ' || isCodePunctuation(c) || c == ' ' && (k == start || text[k - 1] == ' ')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCodePunctuation(char c) {
        switch (c) {
            case '=', '(', ')', '{', '}', '[', ']', '<', '>', '"', '\'', ',', ';', ':', '*', '?', '|', '\\':
                return true;
            default:
                return false;
        }
    }

    /**
     * Writes into {@link #name} the first run of two to four capitalised words in the stem of the
     * path at {@code [start, end)}, parted by spaces; its length, or 0 when it holds none.
     */
    private int nameIn(int start, int end) {
        int stem = end;
        while (stem > start && text[stem - 1] != '/') {
            stem--;
        }
        int stemEnd = end;
        while (stemEnd > stem && text[stemEnd - 1] != '.') {
            stemEnd--;
        }
        stemEnd--;
        int words = 0;
        int length = 0;
        for (int k = stem; k <= stemEnd; k++) {
            int wordEnd = k;
            while (wordEnd < stemEnd && !isPart(text[wordEnd])) {
                wordEnd++;
            }
            if (isCapitalised(k, wordEnd) && length + wordEnd - k + 1 <= MAX_NAME) {
                nameFrom = words == 0 ? k : nameFrom;
                nameTo = wordEnd;
                if (words > 0) {
                    name[length++] = ' ';
                }
                System.arraycopy(text, k, name, length, wordEnd - k);
                length += wordEnd - k;
                words++;
            } else if (words >= 2) {
                break;
            } else {
                words = 0;
                length = 0;
            }
            k = wordEnd;
        }
        return words >= 2 && words <= MAX_WORDS ? length : 0;
    }

    /** The first number of {@value #MIN_ID_DIGITS} digits or more (its last 18) in the last segment of {@code [start, end)}, or -1. */
    private long idIn(int start, int end) {
        int k = end;
        while (k > start && text[k - 1] != '/') {
            k--;
        }
        while (k < end) {
            int digits = k;
            long value = 0;
            while (digits < end && text[digits] >= '0' && text[digits] <= '9') {
                value = (value * 10 + text[digits] - '0') % 1_000_000_000_000_000_000L;
                digits++;
            }
            if (digits - k >= MIN_ID_DIGITS) {
                return value;
            }
            k = Math.max(digits, k + 1);
        }
        return -1;
    }

    /** Whether 9 in 10 of the first {@code count} ids (those sampled) differ. */
    private boolean distinctIds(int count) {
        return 10 * RecordColumn.distinct(ids, count) >= 9 * Math.min(count, ids.length);
    }

    private static boolean isPart(char c) {
        return c == '_' || c == '-' || c == '.' || c == ' ';
    }

    /**
     * Whether {@code [from, to)} is a capital letter followed by one lower-case letter or more, perhaps
     * with a capital inside as names have one ({@code McDonald}, {@code LeBlanc}).
     */
    private boolean isCapitalised(int from, int to) {
        if (to - from < 2 || !Character.isUpperCase(text[from])) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (!Character.isLowerCase(text[k]) && !(Character.isUpperCase(text[k]) && RecordValue.isNameCapital(text, from, k))) {
                return false;
            }
        }
        return Character.isLowerCase(text[to - 1]);
    }
}
