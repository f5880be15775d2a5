package dev.nbexport.core.policy;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads the {@code verify.accepted} list of a policy file: findings reviewed and accepted, each checked for its form. */
final class AcceptedList {

    private AcceptedList() {
    }

    /**
     * <pre>
     * verify:
     *   accepted:
     *     - {file: notebooks/setup.ipynb, rule: credential, sha256: "a93e68f8…4713a8 (64 hex digits)", reason: "AWS's documented example key"}
     * </pre>
     */
    static List<AcceptedFinding> read(Path path, JsonNode list) {
        if (list.isMissingNode() || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new InvalidPolicyException(path, "verify.accepted: expected a list of findings, each with file, rule, sha256 and reason");
        }
        Path folder = path.toAbsolutePath().getParent();
        List<AcceptedFinding> accepted = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String where = "verify.accepted[" + i + "]";
            if (!item.isObject()) {
                throw new InvalidPolicyException(path, where + ": expected a mapping of file, rule, sha256 and reason");
            }
            PolicyFile.checkKeys(path, where + ".", JsonPointer.compile("/verify/accepted/" + i), item,
                    Set.of("file", "rule", "sha256", "reason"));
            String file = text(path, where, item, "file");
            boolean windows = File.separatorChar == '\\';
            if (file.isEmpty() || file.startsWith("/") || file.contains("\\") || (windows && file.matches("^[A-Za-z]:.*"))
                    || Path.of(file).normalize().toString().isEmpty() || Path.of(file).normalize().startsWith("..")) {
                // A file outside the folder is governed by another policy file, or none: the entry could never apply.
                throw new InvalidPolicyException(path, where + ".file: expected a path below the policy file's folder, relative to it, with forward slashes");
            }
            String rule = text(path, where, item, "rule");
            if (!AcceptedFinding.RULES.contains(rule)) {
                throw new InvalidPolicyException(path, where + ".rule: '" + rule + "' cannot be accepted (only "
                        + String.join(", ", AcceptedFinding.RULES) + "; strip what else is found)");
            }
            String sha256 = text(path, where, item, "sha256").toLowerCase(Locale.ROOT);
            if (!AcceptedFinding.isHash(sha256)) {
                // YAML reads 01234567 as an octal number and 1234e567 as a float: only quotes keep the digits.
                throw new InvalidPolicyException(path, where + ".sha256: expected the value's whole SHA-256, "
                        + AcceptedFinding.HASH_DIGITS + " hex digits, as verify --format accepted writes it"
                        + (item.get("sha256").isNumber() ? ", in quotes" : ""));
            }
            String reason = text(path, where, item, "reason").strip();
            if (!AcceptedFinding.isReason(reason)) {
                throw new InvalidPolicyException(path, where + ".reason: expected why the value is not data, on one line of at most "
                        + AcceptedFinding.MAX_REASON + " characters");
            }
            // Normalised, as a bundle's entries are named: ./nb/a.ipynb is nb/a.ipynb.
            String written = Path.of(file).normalize().toString().replace(File.separatorChar, '/');
            AcceptedFinding finding = new AcceptedFinding(written, folder.resolve(file).normalize(), rule, sha256, reason);
            for (int j = 0; j < accepted.size(); j++) {
                AcceptedFinding other = accepted.get(j);
                if (other.file().equals(finding.file()) && other.rule().equals(rule) && other.sha256().equals(sha256)) {
                    throw new InvalidPolicyException(path, where + ": the same finding as verify.accepted[" + j
                            + "] (one reason each)");
                }
            }
            accepted.add(finding);
        }
        return accepted;
    }

    /** A scalar, as text: YAML reads digits alone ({@code sha256: 12345678}) as a number. */
    private static String text(Path path, String where, JsonNode item, String key) {
        JsonNode value = item.path(key);
        if (!value.isValueNode() || value.isNull()) {
            throw new InvalidPolicyException(path, where + "." + key + ": expected " + switch (key) {
                case "file" -> "the file's path";
                case "rule" -> "a rule id";
                case "sha256" -> "the value's whole SHA-256, as verify --format accepted writes it";
                default -> "why the value is not data";
            });
        }
        return value.asText();
    }
}
