package dev.nbexport.core.report;

import dev.nbexport.core.verify.ByteSizes;
import dev.nbexport.core.verify.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** For people: findings grouped by file, in line order within a file, one line each, and a summary line. */
public final class TextReport {

    private TextReport() {
    }

    public static String render(VerifyReport report) {
        StringBuilder out = new StringBuilder();
        String file = null;
        // As wide as "warning", or "accepted" when there is one; the rule as wide as the longest in
        // the report, at least 18: reports without either stay as they were.
        int ruleWidth = Math.max(18, report.findings().stream().mapToInt(f -> f.rule().id().length()).max().orElse(0));
        String level = (report.accepted() > 0 ? "%-8s" : "%-7s") + " %-" + ruleWidth + "s";
        for (ShownFindings.Line line : ShownFindings.of(inReadingOrder(report.findings()))) {
            Finding finding = line.finding();
            if (!finding.file().equals(file)) {
                file = finding.file();
                out.append(Printable.escape(file)).append('\n');
            }
            out.append("  ").append(String.format(Locale.ROOT, level, level(finding), finding.rule().id()));
            out.append(' ').append(where(line)).append(": ").append(what(line)).append('\n');
        }
        out.append(summary(report)).append('\n');
        return out.toString();
    }

    /**
     * One finding on one line, for logs: {@code FILE: PLACE: RULE: MESSAGE (SIZE, sha256 PREFIX)},
     * as {@link #render} shows it but for the grouping by file.
     */
    public static String oneLine(Finding finding) {
        return oneLine(new ShownFindings.One(finding));
    }

    /** One line of {@link ShownFindings} as {@link #oneLine(Finding)} shows a finding. */
    public static String oneLine(ShownFindings.Line line) {
        Finding finding = line.finding();
        return Printable.escape(finding.file()) + ": " + where(line) + ": " + finding.rule().id() + ": " + what(line);
    }

    private static String level(Finding finding) {
        return finding.isAccepted() ? "accepted" : finding.severity().name().toLowerCase(Locale.ROOT);
    }

    private static String what(ShownFindings.Line line) {
        return line instanceof ShownFindings.Folded folded
                ? folded.count() + " more of this warning here (a JSON or SARIF report lists each)"
                : what(line.finding());
    }

    private static String where(ShownFindings.Line line) {
        Finding finding = line.finding();
        if (line instanceof ShownFindings.Folded folded && folded.lastLine() > finding.line()) {
            return shown(finding.location().describeThrough(folded.lastLine()));
        }
        return where(finding);
    }

    /** What was found: the message, then the size and hash prefix of the value where known, and why it was accepted. */
    private static String what(Finding finding) {
        StringBuilder what = new StringBuilder(finding.message());
        if (finding.size() > 0) {
            what.append(" (").append(ByteSizes.of(finding.size()));
            if (finding.hashPrefix() != null) {
                what.append(", sha256 ").append(finding.hashPrefix());
            }
            what.append(')');
        }
        if (finding.isAccepted()) {
            what.append("; accepted: ").append(Printable.escape(finding.accepted()));
        } else if (finding.acceptedWhereBundled() != null) {
            what.append("; accepted where the bundle was made, not here: ").append(Printable.escape(finding.acceptedWhereBundled()));
        }
        return what.toString();
    }

    /** Files in the order found; within a file, by line (findings without a line first). */
    public static List<Finding> inReadingOrder(List<Finding> findings) {
        Map<String, Integer> fileOrder = new HashMap<>();
        for (Finding finding : findings) {
            fileOrder.putIfAbsent(finding.file(), fileOrder.size());
        }
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing((Finding f) -> fileOrder.get(f.file())).thenComparingLong(Finding::line));
        return sorted;
    }

    /**
     * Where a finding is, for one-line messages, as strip names the place of an error: {@code line
     * 41, cell 2 (id c2), /cells/2/outputs/0}, {@code line 3, column 7, cell 0}, or {@code file}.
     */
    public static String where(Finding finding) {
        return shown(finding.location().describe());
    }

    private static String shown(String place) {
        return place.isEmpty() ? "file" : Printable.escape(place);
    }

    /** One line: files checked, errors, warnings, files with findings, and how many were accepted if any. */
    public static String summary(VerifyReport report) {
        return String.format(Locale.ROOT, "%d %s checked: %d %s, %d %s in %d %s", report.filesChecked(),
                plural(report.filesChecked(), "file"), report.errors(), plural(report.errors(), "error"),
                report.warnings(), plural(report.warnings(), "warning"), report.filesWithFindings(),
                plural(report.filesWithFindings(), "file"))
                + (report.accepted() > 0 ? "; " + report.accepted() + " accepted" : "");
    }

    private static String plural(long count, String word) {
        return count == 1 ? word : word + "s";
    }
}
