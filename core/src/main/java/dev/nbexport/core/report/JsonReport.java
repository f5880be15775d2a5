package dev.nbexport.core.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nbexport.core.Version;
import dev.nbexport.core.verify.Finding;
import java.io.UncheckedIOException;
import java.util.Locale;

/** For programs: the summary and every finding as JSON. */
public final class JsonReport {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    public static String render(VerifyReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("tool", "nbexport");
        root.put("version", Version.get());
        ObjectNode summary = root.putObject("summary");
        summary.put("files", report.filesChecked());
        summary.put("errors", report.errors());
        summary.put("warnings", report.warnings());
        summary.put("accepted", report.accepted());
        summary.put("filesWithFindings", report.filesWithFindings());
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : report.findings()) {
            ObjectNode node = findings.addObject();
            node.put("rule", finding.rule().id());
            node.put("severity", finding.severity().name().toLowerCase(Locale.ROOT));
            node.put("file", finding.file());
            if (finding.line() > 0) {
                node.put("line", finding.line());
            }
            if (finding.column() > 0) {
                node.put("column", finding.column());
            }
            if (finding.cellIndex() >= 0) {
                node.put("cell", finding.cellIndex());
            }
            if (finding.cellId() != null) {
                node.put("cellId", finding.cellId());
            }
            if (finding.pointer() != null) {
                node.put("pointer", finding.pointer());
            }
            node.put("size", finding.size());
            if (finding.hashPrefix() != null) {
                node.put("sha256Prefix", finding.hashPrefix());
            }
            node.put("message", finding.message());
            if (finding.isAccepted()) {
                node.put("accepted", finding.accepted());
            }
            if (finding.acceptedWhereBundled() != null) {
                node.put("acceptedWhereBundled", finding.acceptedWhereBundled());
            }
        }
        return write(root);
    }

    static String write(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
