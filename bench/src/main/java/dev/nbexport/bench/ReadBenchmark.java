package dev.nbexport.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.nbexport.core.notebook.Notebook;
import dev.nbexport.core.notebook.NotebookReader;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.notebook.ReadPlan;
import dev.nbexport.fixtures.LargeNotebookGenerator.Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Reading a notebook of {@code mib} MiB from memory: the floor (Jackson's tokens, nothing
 * decoded, nothing built) beside {@link NotebookReader} with each {@link ReadPlan} handling of
 * outputs: kept (a canonical rewrite), deferred (the stripper's plan when outputs may be kept, as
 * under nbstripout, which honours {@code keep_output}) and skipped (the plan under export).
 * {@code MIXED} is mostly outputs; {@code CLEAN} is code and markdown only.
 */
public class ReadBenchmark extends HotPathBenchmark {

    /** Jackson's parser configured as the reader's is. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(1000).maxNumberLength(1000).maxStringLength(256 * 1024 * 1024).build())
            .build();

    /** Outputs counted and located, attachments kept: the stripper's plan under nbstripout. */
    private static final ReadPlan DEFER_OUTPUTS = plan(ReadPlan.Handling.DEFER, false);
    /** Outputs and attachments skipped unread: the stripper's plan under export. */
    private static final ReadPlan SKIP_OUTPUTS = plan(ReadPlan.Handling.SKIP, true);

    @Param({"MIXED", "CLEAN"})
    public Profile profile;

    private byte[] bytes;
    private NotebookSource source;

    @Setup(Level.Trial)
    public void setUp() {
        bytes = Inputs.notebook(profile, mib);
        source = Inputs.source(bytes);
        Inputs.describe(profile + " notebook", bytes);
    }

    /** Every token of the file through Jackson's streaming parser, over the same kind of stream the reader gets. */
    @Benchmark
    public long jacksonTokens() throws IOException {
        long tokens = 0;
        try (JsonParser parser = JSON.createParser(new ByteArrayInputStream(bytes))) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                tokens += token.id();
            }
        }
        return tokens;
    }

    @Benchmark
    public Notebook keepAll() throws IOException {
        return NotebookReader.read(source, ReadPlan.KEEP_ALL);
    }

    @Benchmark
    public Notebook deferOutputs() throws IOException {
        return NotebookReader.read(source, DEFER_OUTPUTS);
    }

    @Benchmark
    public Notebook skipOutputs() throws IOException {
        return NotebookReader.read(source, SKIP_OUTPUTS);
    }

    private static ReadPlan plan(ReadPlan.Handling outputs, boolean skipAttachments) {
        return new ReadPlan() {
            @Override
            public Handling outputs() {
                return outputs;
            }

            @Override
            public boolean skipAttachments() {
                return skipAttachments;
            }

            @Override
            public boolean skipNotebookMetadata(String key) {
                return false;
            }
        };
    }
}
