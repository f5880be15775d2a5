package dev.nbexport.core.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.nbexport.core.io.ControlCharacters;
import dev.nbexport.core.policy.PolicyFile;
import dev.nbexport.core.verify.Acceptances;
import dev.nbexport.core.verify.ByteSizes;
import dev.nbexport.core.verify.Finding;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The findings a reviewer may accept, written as the {@code verify.accepted} entries of the policy
 * files they belong in, each with an empty reason to fill in: a policy file refuses an entry
 * without one, so pasting the draft unread accepts nothing. One YAML document per policy file.
 */
public final class AcceptListDraft {

    /**
     * Where a finding's entry goes.
     *
     * @param policyFile the policy file, as shown to the reader
     * @param file       the finding's file as that policy file names it
     */
    public record Target(String policyFile, String file) {

        /**
         * For a file on disk: the policy file that applies to it, else a new project file where
         * one would apply ({@code here}, or beside the file when it lies elsewhere), shown from
         * {@code here} when below it; the file named from that policy file's folder.
         */
        public static Target forFile(Path file, Optional<Path> policyFile, Path here) {
            Path absolute = file.toAbsolutePath().normalize();
            Path base = here.toAbsolutePath().normalize();
            Path policy = policyFile.orElse((absolute.startsWith(base) ? base : absolute.getParent()).resolve(PolicyFile.FILE_NAME))
                    .toAbsolutePath().normalize();
            String named = policy.getParent().relativize(absolute).toString().replace(File.separatorChar, '/');
            return new Target((policy.startsWith(base) ? base.relativize(policy) : policy).toString(), named);
        }
    }

    private AcceptListDraft() {
    }

    public static String render(List<Finding> findings, Function<Finding, Target> targetOf) {
        Map<String, List<String>> entriesByPolicyFile = new LinkedHashMap<>();
        int others = 0;
        for (Finding finding : TextReport.inReadingOrder(findings)) {
            if (finding.isAccepted()) {
                continue;
            }
            if (!Acceptances.canBeAccepted(finding)) {
                others++;
                continue;
            }
            Target target = targetOf.apply(finding);
            String entry = "    # " + Printable.escape(target.file()) + ", " + TextReport.where(finding) + ": " + finding.message()
                    + " (" + ByteSizes.of(finding.size()) + ")\n"
                    + (finding.acceptedWhereBundled() == null ? ""
                            : "    # accepted where the bundle was made: " + Printable.escape(finding.acceptedWhereBundled()) + "\n")
                    + "    - {file: " + quoted(target.file()) + ", rule: " + finding.rule().id() + ", sha256: \""
                    + finding.sha256() + "\", reason: \"\"}\n";
            List<String> entries = entriesByPolicyFile.computeIfAbsent(target.policyFile(), key -> new ArrayList<>());
            if (!entries.contains(entry)) {
                entries.add(entry);
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("# Findings that can be accepted, once reviewed. Where a value is data, change the file instead;\n")
                .append("# where it is not, say why in its reason and add the entry to the policy file named above it.\n");
        for (Map.Entry<String, List<String>> group : entriesByPolicyFile.entrySet()) {
            out.append("---\n# in ").append(Printable.escape(group.getKey())).append('\n')
                    .append("verify:\n  accepted:\n");
            group.getValue().forEach(out::append);
        }
        if (entriesByPolicyFile.isEmpty()) {
            out.append("# (none)\n");
        }
        if (others > 0) {
            out.append("# ").append(others).append(others == 1 ? " other finding" : " other findings")
                    .append(" cannot be accepted (outputs, metadata, files that cannot be read, archives, the manifest's")
                    .append(" own text, findings that stand for more like them): strip or fix them.\n");
        }
        return out.toString();
    }

    /**
     * A YAML double-quoted scalar: JSON's escapes are YAML's. The other control characters (C1,
     * which YAML refuses unescaped; U+2028 and U+2029, which it reads as line breaks; format
     * characters) are escaped too.
     */
    private static String quoted(String text) {
        String json;
        try {
            json = JsonReport.JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder yaml = new StringBuilder(json.length());
        json.chars().forEach(c -> {
            if (ControlCharacters.is((char) c)) {
                yaml.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                yaml.append((char) c);
            }
        });
        return yaml.toString();
    }
}
