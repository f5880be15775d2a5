package dev.nbexport.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.Rule;
import dev.nbexport.core.verify.Severity;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

/** How a goal logs findings: as the CLI's text report orders and shows them, one line each. */
class FindingLogTest {

    /** Keeps what a goal logs at error, warning and information level. */
    private static final class RecordingLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            lines.add("[INFO] " + content);
        }

        @Override
        public void error(CharSequence content) {
            lines.add("[ERROR] " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("[WARNING] " + content);
        }
    }

    private static Finding finding(Rule rule, Severity severity, String file, long line, String pointer, long size,
            String hash, String message) {
        return new Finding(rule, severity, file, 1, "c1", pointer, line, size, hash, message);
    }

    @Test
    void findingsAreLoggedByFileThenLineWithTheirSizeAndHashPrefix() {
        // As the verifier returns them: rule by rule within a file.
        List<Finding> findings = List.of(
                finding(Rule.OUTPUT_STREAM, Severity.ERROR, "a.ipynb", 24, "/cells/1/outputs/0", 111, "7254ce10", "a stream output"),
                finding(Rule.EXECUTION_COUNT, Severity.ERROR, "a.ipynb", 13, "/cells/1", 0, null, "an execution count"),
                finding(Rule.EMAIL, Severity.WARNING, "a.ipynb", 17, "/cells/1/source", 18, "99aa00ff", "an e-mail address"),
                finding(Rule.EXECUTION_COUNT, Severity.ERROR, "b.ipynb", 3, "/cells/1", 0, null, "an execution count"));
        VerifyMojo mojo = new VerifyMojo();
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);

        mojo.log(findings);

        assertEquals(List.of(
                "[ERROR] a.ipynb: line 13, cell 1 (id c1), /cells/1: execution-count: an execution count",
                "[WARNING] a.ipynb: line 17, cell 1 (id c1), /cells/1/source: email: an e-mail address (18 B, sha256 99aa00ff)",
                "[ERROR] a.ipynb: line 24, cell 1 (id c1), /cells/1/outputs/0: output-stream: a stream output (111 B, sha256 7254ce10)",
                "[ERROR] b.ipynb: line 3, cell 1 (id c1), /cells/1: execution-count: an execution count"), log.lines);
    }

    @Test
    void anAcceptedFindingIsInformationWithItsReasonWhateverItsSeverity() {
        Finding accepted = finding(Rule.CREDENTIAL, Severity.ERROR, "a.ipynb", 11, "/cells/1/source", 20, "a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8",
                "an AWS access key id").accept("a made-up key id");
        VerifyMojo mojo = new VerifyMojo();
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);

        mojo.log(List.of(accepted));

        assertEquals(List.of("[INFO] a.ipynb: line 11, cell 1 (id c1), /cells/1/source: credential: an AWS access key id"
                + " (20 B, sha256 a93e68f8); accepted: a made-up key id"), log.lines);
    }
}
