package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nbexport.core.Nbexport;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.fixtures.JsonLayout;
import dev.nbexport.fixtures.NotebookArbitraries;
import dev.nbexport.fixtures.NotebookTrees;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Data planted at a random place of a notebook stripped under {@code export} is found by the
 * verifier under {@code export}, by the rule named for it.
 */
class PlantedDataProperties {

    private static final Policy EXPORT = Preset.EXPORT.policy();

    @Provide
    Arbitrary<ObjectNode> notebooks() {
        return NotebookArbitraries.notebookTrees();
    }

    @Provide
    Arbitrary<String> plants() {
        return Arbitraries.of("output-stream", "output-rich", "output-error", "attachment", "widget-state", "cell-metadata");
    }

    /**
     * The same for a {@code data:} URI in markdown.
     */
    @Property(tries = 100)
    void verifyFindsAPlantedDataUri(@ForAll("notebooks") ObjectNode generated,
                                    @ForAll @IntRange(min = 0, max = 1000) int where) throws IOException {
        verifyFindsPlantedData(generated, "data-uri", where);
    }

    @Property(tries = 300)
    void verifyFindsPlantedData(@ForAll("notebooks") ObjectNode generated, @ForAll("plants") String rule,
                                @ForAll @IntRange(min = 0, max = 1000) int where) throws IOException {
        byte[] clean = Nbexport.strip(NotebookSource.of("g.ipynb", JsonLayout.NBFORMAT.write(generated)), EXPORT).bytes();
        ObjectNode notebook = NotebookTrees.parse(clean);
        boolean v3 = NotebookTrees.major(notebook) < 4;
        Assume.that(!(v3 && rule.equals("attachment")));
        switch (rule) {
            case "output-stream", "output-rich", "output-error" -> {
                ObjectNode cell = pick(notebook, where, true);
                ((ArrayNode) cell.withArray("outputs")).add(output(rule, v3));
            }
            case "attachment" -> pick(notebook, where, false).putObject("attachments").putObject("customers.csv")
                    .put("text/csv", "name,iban\nAnn,DE89370400440532013000\n");
            case "widget-state" -> ((ObjectNode) notebook.get("metadata")).set("widgets",
                    NotebookArbitraries.widgetState().sample());
            // Under a key the allow-list keeps, in a shape it does not keep.
            case "cell-metadata" -> ((ObjectNode) pick(notebook, where, where % 2 == 0).get("metadata"))
                    .putObject(where % 3 == 0 ? "editable" : "slideshow").putArray("rows").addObject().put("name", "Ann");
            default -> {
                ObjectNode cell = pick(notebook, where, false);
                cell.put("source", NotebookTrees.joinedSource(cell, NotebookTrees.major(notebook))
                        + "\n![leak](data:image/png;base64," + NotebookArbitraries.PNG + ")");
            }
        }
        byte[] planted = JsonLayout.NBFORMAT.write(notebook);
        List<String> rules = Nbexport.verify(NotebookSource.of("planted.ipynb", planted), EXPORT).stream()
                .map(f -> f.rule().id()).toList();
        assertTrue(rules.contains(rule), rule + " not found; found " + rules);
    }

    /** A cell of the wanted kind (code, or markdown/raw) chosen by {@code where}; added when there is none. */
    private static ObjectNode pick(ObjectNode notebook, int where, boolean code) {
        List<ObjectNode> candidates = NotebookTrees.cells(notebook).stream()
                .filter(c -> "code".equals(c.path("cell_type").asText()) == code)
                .filter(c -> code || !"heading".equals(c.path("cell_type").asText()))
                .toList();
        if (!candidates.isEmpty()) {
            return candidates.get(where % candidates.size());
        }
        boolean v3 = NotebookTrees.major(notebook) < 4;
        ArrayNode cells = v3 ? (ArrayNode) notebook.get("worksheets").get(0).get("cells") : (ArrayNode) notebook.get("cells");
        ObjectNode cell = cells.insertObject(where % (cells.size() + 1));
        cell.put("cell_type", code ? "code" : "markdown");
        cell.putObject("metadata");
        if (code) {
            cell.putArray("outputs");
            if (v3) {
                cell.put("input", "x = 1");
                cell.put("language", "python");
            } else {
                cell.putNull("execution_count");
                cell.put("source", "x = 1");
            }
        } else {
            cell.put("source", "# planted");
        }
        if (!v3 && notebook.path("nbformat_minor").asInt() >= 5) {
            cell.put("id", "planted");
        }
        return cell;
    }

    private static ObjectNode output(String rule, boolean v3) {
        ObjectNode out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        switch (rule) {
            case "output-stream" -> {
                out.put("output_type", "stream");
                out.put(v3 ? "stream" : "name", "stdout");
                out.put("text", "Ann 91.5\n");
            }
            case "output-rich" -> {
                out.putObject("metadata");
                if (v3) {
                    out.put("output_type", "pyout");
                    out.put("html", "<td>Ann</td>");
                } else {
                    out.put("output_type", "display_data");
                    out.putObject("data").put("text/html", "<td>Ann</td>");
                }
            }
            default -> {
                out.put("output_type", v3 ? "pyerr" : "error");
                out.put("ename", "KeyError");
                out.put("evalue", "'Ann'");
                out.putArray("traceback").add("KeyError: 'Ann'");
            }
        }
        return out;
    }
}
