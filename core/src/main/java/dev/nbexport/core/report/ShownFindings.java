package dev.nbexport.core.report;

import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a report for people shows of findings, one line each: every error and every accepted
 * finding, and of the warnings of one rule in one text (a file's cell source, a script) the first
 * {@link #WARNINGS_PER_TEXT}, then one line that counts the rest. A list of a hundred addresses
 * would otherwise bury the errors under a hundred alike lines; the summary still counts each, and
 * the JSON and SARIF reports list each.
 */
public final class ShownFindings {

    static final int WARNINGS_PER_TEXT = 3;

    /** One line of a report: a finding, or warnings folded into one. */
    public sealed interface Line permits One, Folded {
        /** The finding the line shows, or the first of those it folds. */
        Finding finding();
    }

    public record One(Finding finding) implements Line {
    }

    /** {@code count} warnings of {@code finding}'s rule and text, from {@code finding}'s line to {@code lastLine}. */
    public record Folded(Finding finding, long lastLine, int count) implements Line {
    }

    private record Text(String file, Object rule, int cellIndex, String pointer) {
        static Text of(Finding finding) {
            return new Text(finding.file(), finding.rule(), finding.cellIndex(), finding.pointer());
        }
    }

    private ShownFindings() {
    }

    /** The lines for {@code findings}, given in reading order ({@link TextReport#inReadingOrder}). */
    public static List<Line> of(List<Finding> findings) {
        Map<Text, List<Finding>> warningsByText = new HashMap<>();
        for (Finding finding : findings) {
            if (foldable(finding)) {
                warningsByText.computeIfAbsent(Text.of(finding), t -> new ArrayList<>()).add(finding);
            }
        }
        List<Line> lines = new ArrayList<>();
        Map<Text, Integer> shown = new HashMap<>();
        for (Finding finding : findings) {
            if (!foldable(finding)) {
                lines.add(new One(finding));
                continue;
            }
            List<Finding> alike = warningsByText.get(Text.of(finding));
            int index = shown.merge(Text.of(finding), 1, Integer::sum) - 1;
            if (alike.size() <= WARNINGS_PER_TEXT + 1 || index < WARNINGS_PER_TEXT) {
                lines.add(new One(finding));
            } else if (index == WARNINGS_PER_TEXT) {
                lines.add(new Folded(finding, alike.get(alike.size() - 1).line(), alike.size() - WARNINGS_PER_TEXT));
            }
        }
        return lines;
    }

    private static boolean foldable(Finding finding) {
        return finding.severity() == Severity.WARNING && !finding.isAccepted() && finding.acceptedWhereBundled() == null;
    }
}
