package dev.nbexport.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nbexport.core.Version;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.Rule;
import dev.nbexport.core.verify.Severity;
import dev.nbexport.core.verify.Utf16Region;

/** For code scanning: SARIF 2.1.0, one result per finding, every rule described. */
public final class SarifReport {

    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {
    }

    public static String render(VerifyReport report) {
        ObjectNode root = JsonReport.JSON.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "nbexport");
        driver.put("version", Version.get());
        driver.put("semanticVersion", Version.get().replace("-SNAPSHOT", ""));
        ArrayNode rules = driver.putArray("rules");
        for (Rule rule : Rule.values()) {
            ObjectNode node = rules.addObject();
            node.put("id", rule.id());
            node.putObject("shortDescription").put("text", rule.description());
            node.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity()));
        }
        // SARIF's default, said outright: columns count UTF-16 code units, not the characters findings count.
        run.put("columnKind", "utf16CodeUnits");
        // Lines end as the findings' lines are counted: a lone CR too, which SARIF's default leaves out.
        run.putArray("newlineSequences").add("\r\n").add("\n").add("\r");
        ArrayNode results = run.putArray("results");
        for (Finding finding : report.findings()) {
            ObjectNode result = results.addObject();
            result.put("ruleId", finding.rule().id());
            result.put("ruleIndex", finding.rule().ordinal());
            result.put("level", level(finding.severity()));
            result.putObject("message").put("text", finding.message() + " at " + TextReport.where(finding));
            ObjectNode location = result.putArray("locations").addObject();
            ObjectNode physical = location.putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", finding.file().replace('\\', '/'));
            ObjectNode region = physical.putObject("region").put("startLine", Math.max(1, finding.line()));
            // A cell's text is placed by line only: its columns in the file count JSON's escapes and indentation.
            Utf16Region at = finding.utf16Region();
            if (at.startColumn() > 0) {
                region.put("startColumn", at.startColumn());
            }
            if (at.endLine() > 0) {
                region.put("endLine", at.endLine()).put("endColumn", at.endColumn());
            }
            if (finding.pointer() != null) {
                location.putArray("logicalLocations").addObject()
                        .put("fullyQualifiedName", finding.pointer()).put("kind", "member");
            }
            if (finding.hashPrefix() != null) {
                result.putObject("partialFingerprints").put("valueSha256Prefix/v1", finding.hashPrefix());
            }
            if (finding.isAccepted()) {
                // Reviewed in the project's policy file, outside the analysed file: an external suppression.
                result.putArray("suppressions").addObject().put("kind", "external").put("status", "accepted")
                        .put("justification", finding.accepted());
            }
        }
        return JsonReport.write(root);
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case OFF -> "none";
        };
    }
}
