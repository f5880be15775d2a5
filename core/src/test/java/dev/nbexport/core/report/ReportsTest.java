package dev.nbexport.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nbexport.core.notebook.Location;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.Rule;
import dev.nbexport.core.verify.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportsTest {

    private static final VerifyReport REPORT = new VerifyReport(3, List.of(
            new Finding(Rule.OUTPUT_RICH, Severity.ERROR, "a.ipynb", 2, "c2", "/cells/2/outputs/0", 41, 3300, "1a2b3c4d",
                    "a display_data output"),
            new Finding(Rule.EMAIL, Severity.WARNING, "a.ipynb", 0, null, "/cells/0/source", 12, 18, "99aa00ff", "an e-mail address"),
            new Finding(Rule.UNREADABLE, Severity.ERROR, "b.ipynb", -1, null, null, -1, 10, null, "invalid JSON")));

    @Test
    void textGroupsFindingsByFileInLineOrderWithOneLineEachAndASummary() {
        String text = TextReport.render(REPORT);
        assertEquals("""
                a.ipynb
                  warning email              line 12, cell 0, /cells/0/source: an e-mail address (18 B, sha256 99aa00ff)
                  error   output-rich        line 41, cell 2 (id c2), /cells/2/outputs/0: a display_data output (3.2 KiB, sha256 1a2b3c4d)
                b.ipynb
                  error   unreadable         file: invalid JSON (10 B)
                3 files checked: 2 errors, 1 warning in 2 files
                """, text);
    }

    @Test
    void aLongRuleNameWidensTheColumnForTheWholeReport() {
        String text = TextReport.render(new VerifyReport(1, List.of(
                new Finding(Rule.ARCHIVE_HEADER_MISMATCH, Severity.ERROR, "x.zip!a.py", -1, null, null, -1, -1, null, "headers disagree"),
                new Finding(Rule.UNREADABLE, Severity.ERROR, "x.zip!b.ipynb", -1, null, null, -1, -1, null, "invalid JSON"))));
        assertEquals("""
                x.zip!a.py
                  error   archive-header-mismatch file: headers disagree
                x.zip!b.ipynb
                  error   unreadable              file: invalid JSON
                1 file checked: 2 errors, 0 warnings in 2 files
                """, text);
    }

    @Test
    void warningsOfOneRuleInOneTextShowTheFirstThreeThenOneLineCountingTheRest() {
        List<Finding> findings = new ArrayList<>();
        for (int line = 10; line < 50; line++) {
            findings.add(new Finding(Rule.EMAIL, Severity.WARNING, "c.ipynb", 0, "a1", "/cells/0/source", line, 26,
                    "%08x".formatted(line), "an e-mail address"));
        }
        findings.add(new Finding(Rule.EMAIL_LIST, Severity.ERROR, "c.ipynb", 0, "a1", "/cells/0/source", 10, 1400, "708ce662",
                "a list of 40 distinct e-mail addresses"));
        findings.add(new Finding(Rule.EMAIL, Severity.WARNING, "c.ipynb", 1, null, "/cells/1/source", 60, 20, "00000060",
                "an e-mail address"));

        assertEquals("""
                c.ipynb
                  warning email              line 10, cell 0 (id a1), /cells/0/source: an e-mail address (26 B, sha256 0000000a)
                  error   email-list         line 10, cell 0 (id a1), /cells/0/source: a list of 40 distinct e-mail addresses (1.4 KiB, sha256 708ce662)
                  warning email              line 11, cell 0 (id a1), /cells/0/source: an e-mail address (26 B, sha256 0000000b)
                  warning email              line 12, cell 0 (id a1), /cells/0/source: an e-mail address (26 B, sha256 0000000c)
                  warning email              lines 13-49, cell 0 (id a1), /cells/0/source: 37 more of this warning here (a JSON or SARIF report lists each)
                  warning email              line 60, cell 1, /cells/1/source: an e-mail address (20 B, sha256 00000060)
                1 file checked: 1 error, 41 warnings in 1 file
                """, TextReport.render(new VerifyReport(1, findings)));
    }

    @Test
    void fourWarningsAreShownEachForOneLineWouldSaveNothing() {
        List<Finding> findings = new ArrayList<>();
        for (int line = 1; line <= 4; line++) {
            findings.add(new Finding(Rule.EMAIL, Severity.WARNING, "s.py", -1, null, null, line, 20, "%08x".formatted(line),
                    "an e-mail address"));
        }
        assertEquals(4, TextReport.render(new VerifyReport(1, findings)).lines().filter(l -> l.contains("an e-mail address")).count());
    }

    @Test
    void oneLineNamesFileAndPlaceAndShowsSizeAndHashPrefixAsTheTextReportDoes() {
        assertEquals("a.ipynb: line 41, cell 2 (id c2), /cells/2/outputs/0: output-rich: a display_data output (3.2 KiB, sha256 1a2b3c4d)",
                TextReport.oneLine(REPORT.findings().get(0)));
        assertEquals("b.ipynb: file: unreadable: invalid JSON (10 B)", TextReport.oneLine(REPORT.findings().get(2)));
    }

    @Test
    void anUnreadableNotebookIsPlacedByLineAndColumnAsStripPlacesItInTextAndJson() throws Exception {
        Finding broken = new Finding(Rule.UNREADABLE, Severity.ERROR, "b.ipynb", Location.at(3, 50).inCell(0, "c1"), 48, 68, null,
                "invalid JSON");

        assertEquals("b.ipynb: line 3, column 50, cell 0 (id c1): unreadable: invalid JSON (68 B)", TextReport.oneLine(broken));
        JsonNode json = new ObjectMapper().readTree(JsonReport.render(new VerifyReport(1, List.of(broken))));
        assertEquals(3, json.at("/findings/0/line").asInt());
        assertEquals(50, json.at("/findings/0/column").asInt());
        assertFalse(json.at("/findings/0").has("pointer"));
    }

    @Test
    void readingOrderKeepsFilesAsFoundAndSortsEachByLine() {
        assertEquals(List.of(REPORT.findings().get(1), REPORT.findings().get(0), REPORT.findings().get(2)),
                TextReport.inReadingOrder(REPORT.findings()));
    }

    @Test
    void jsonCarriesTheSummaryAndEveryField() throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonReport.render(REPORT));
        assertEquals(2, json.at("/summary/errors").asInt());
        assertEquals(1, json.at("/summary/warnings").asInt());
        assertEquals("output-rich", json.at("/findings/0/rule").asText());
        assertEquals("/cells/2/outputs/0", json.at("/findings/0/pointer").asText());
        assertEquals("1a2b3c4d", json.at("/findings/0/sha256Prefix").asText());
        assertFalse(json.at("/findings/2").has("cell"));
    }

    @Test
    void sarifHasTheShapeCodeScanningExpects() throws Exception {
        JsonNode sarif = new ObjectMapper().readTree(SarifReport.render(REPORT));
        assertEquals("2.1.0", sarif.get("version").asText());
        JsonNode run = sarif.at("/runs/0");
        assertEquals("nbexport", run.at("/tool/driver/name").asText());
        assertEquals(Rule.values().length, run.at("/tool/driver/rules").size());
        JsonNode result = run.at("/results/0");
        assertEquals("output-rich", result.get("ruleId").asText());
        assertEquals(run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt() + "/id").asText(), "output-rich");
        assertEquals("error", result.get("level").asText());
        assertEquals("a.ipynb", result.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(41, result.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals("warning", run.at("/results/1/level").asText());
        assertEquals(1, run.at("/results/2/locations/0/physicalLocation/region/startLine").asInt());
        assertTrue(run.at("/results/0/message/text").asText().contains("/cells/2/outputs/0"));
    }

    @Test
    void passesOnlyWithoutErrorsAndUnderStrictWithoutWarnings() {
        assertFalse(REPORT.passes(false));
        VerifyReport warningsOnly = new VerifyReport(1, List.of(REPORT.findings().get(1)));
        assertTrue(warningsOnly.passes(false));
        assertFalse(warningsOnly.passes(true));
    }

    private static final Finding KEY = new Finding(Rule.CREDENTIAL, Severity.ERROR, "a.ipynb", 0, "c1", "/cells/0/source", 3, 20,
            "a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8", "an AWS access key id");
    private static final VerifyReport WITH_ACCEPTED = new VerifyReport(2, List.of(
            KEY.accept("a made-up key in a test"),
            new Finding(Rule.EMAIL, Severity.WARNING, "a.ipynb", 0, "c1", "/cells/0/source", 4, 22, "99aa00ff", "an e-mail address"),
            KEY.in("b.tar.gz!a.ipynb").acceptedWhereBundled("a made-up key in a test")));

    @Test
    void textSaysAcceptedWithTheReasonAndCountsItApart() {
        assertEquals("""
                a.ipynb
                  accepted credential         line 3, cell 0 (id c1), /cells/0/source: an AWS access key id (20 B, sha256 a93e68f8); accepted: a made-up key in a test
                  warning  email              line 4, cell 0 (id c1), /cells/0/source: an e-mail address (22 B, sha256 99aa00ff)
                b.tar.gz!a.ipynb
                  error    credential         line 3, cell 0 (id c1), /cells/0/source: an AWS access key id (20 B, sha256 a93e68f8); accepted where the bundle was made, not here: a made-up key in a test
                2 files checked: 1 error, 1 warning in 2 files; 1 accepted
                """, TextReport.render(WITH_ACCEPTED));
        assertEquals("a.ipynb: line 3, cell 0 (id c1), /cells/0/source: credential: an AWS access key id (20 B, sha256 a93e68f8);"
                + " accepted: a made-up key in a test", TextReport.oneLine(WITH_ACCEPTED.findings().get(0)));
    }

    @Test
    void theSummarySaysNothingOfAcceptedFindingsWhenThereAreNone() {
        assertFalse(TextReport.summary(REPORT).contains("accepted"));
        assertEquals("1 file checked: 0 errors, 0 warnings in 0 files; 1 accepted",
                TextReport.summary(new VerifyReport(1, List.of(KEY.accept("a made-up key")))));
    }

    @Test
    void anAcceptedReasonIsEscapedInTheTextReport() {
        String text = TextReport.render(new VerifyReport(1, List.of(KEY.accept("made up\u001b[2J here"))));
        assertFalse(text.contains("\u001b"), text);
    }

    @Test
    void jsonCountsAcceptedFindingsAndCarriesBothReasons() throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonReport.render(WITH_ACCEPTED));
        assertEquals(1, json.at("/summary/errors").asInt());
        assertEquals(1, json.at("/summary/warnings").asInt());
        assertEquals(1, json.at("/summary/accepted").asInt());
        assertEquals(2, json.at("/summary/filesWithFindings").asInt());
        assertEquals("a made-up key in a test", json.at("/findings/0/accepted").asText());
        assertFalse(json.at("/findings/0").has("acceptedWhereBundled"));
        assertEquals("error", json.at("/findings/0/severity").asText(), "the rule's severity stays");
        assertFalse(json.at("/findings/1").has("accepted"));
        assertFalse(json.at("/findings/1").has("acceptedWhereBundled"));
        assertFalse(json.at("/findings/2").has("accepted"));
        assertEquals("a made-up key in a test", json.at("/findings/2/acceptedWhereBundled").asText());
        assertEquals(0, new ObjectMapper().readTree(JsonReport.render(REPORT)).at("/summary/accepted").asInt());
    }

    @Test
    void sarifSuppressesOnlyFindingsAcceptedHere() throws Exception {
        JsonNode results = new ObjectMapper().readTree(SarifReport.render(WITH_ACCEPTED)).at("/runs/0/results");
        assertEquals(3, results.size(), "an accepted finding is still a result");
        JsonNode suppression = results.at("/0/suppressions");
        assertEquals(1, suppression.size());
        assertEquals("external", suppression.at("/0/kind").asText());
        assertEquals("accepted", suppression.at("/0/status").asText());
        assertEquals("a made-up key in a test", suppression.at("/0/justification").asText());
        assertFalse(results.get(1).has("suppressions"));
        assertFalse(results.get(2).has("suppressions"), "accepted where the bundle was made is not accepted here");
        assertEquals("error", results.at("/2/level").asText());
    }

    @Test
    void acceptedFindingsCountNeitherAsErrorsNorAsWarnings() {
        VerifyReport acceptedOnly = new VerifyReport(1, List.of(KEY.accept("a made-up key"),
                REPORT.findings().get(1).accept("the team's address")));
        assertEquals(0, acceptedOnly.errors());
        assertEquals(0, acceptedOnly.warnings());
        assertEquals(2, acceptedOnly.accepted());
        assertEquals(0, acceptedOnly.filesWithFindings());
        assertTrue(acceptedOnly.passes(true));
        VerifyReport onlyThere = new VerifyReport(1, List.of(KEY.acceptedWhereBundled("a made-up key")));
        assertEquals(1, onlyThere.errors());
        assertEquals(0, onlyThere.accepted());
        assertFalse(onlyThere.passes(false));
    }
}
