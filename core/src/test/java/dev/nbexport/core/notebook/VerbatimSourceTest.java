package dev.nbexport.core.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.core.Nbexport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A source the reader keeps as the file's bytes: read, written back and searched without decoding. */
class VerbatimSourceTest {

    @Test
    void aNotebookJupyterWroteKeepsItsSourcesVerbatim() throws IOException {
        String notebook = """
                {
                 "cells": [
                  {
                   "cell_type": "code",
                   "execution_count": 3,
                   "id": "a1",
                   "metadata": {},
                   "outputs": [],
                   "source": [
                    "import pandas as pd\\n",
                    "pd.read_csv(\\"x.csv\\")"
                   ]
                  }
                 ],
                 "metadata": {},
                 "nbformat": 4,
                 "nbformat_minor": 5
                }
                """;
        NotebookSource source = NotebookSource.of("a.ipynb", notebook.getBytes(StandardCharsets.UTF_8));
        Notebook read = NotebookReader.read(source, ReadPlan.KEEP_ALL);
        Map<String, Object> cell = read.cells().get(0);
        VerbatimSource verbatim = assertInstanceOf(VerbatimSource.class, cell.get("source"));
        assertEquals("import pandas as pd\npd.read_csv(\"x.csv\")", verbatim.text());
        assertEquals(notebook, new String(Nbexport.canonical(source), StandardCharsets.UTF_8));
    }

    private static VerbatimSource source(String listJson) throws IOException {
        String notebook = "{\n \"cells\": [\n  {\n   \"cell_type\": \"markdown\",\n   \"metadata\": {},\n   \"source\": "
                + listJson + "\n  }\n ],\n \"metadata\": {},\n \"nbformat\": 4,\n \"nbformat_minor\": 2\n}\n";
        Notebook read = NotebookReader.read(NotebookSource.of("a.ipynb", notebook.getBytes(StandardCharsets.UTF_8)),
                ReadPlan.KEEP_ALL);
        return assertInstanceOf(VerbatimSource.class, read.cells().get(0).get("source"));
    }

    @Test
    void aSearchOfTheBytesFindsWhatTheTextHoldsInAnyCase() throws IOException {
        VerbatimSource source = source("[\n    \"# Plot\\n\",\n    \"![x](DATA:image/png;base64,iVBORw0KGgo=)\"\n   ]");
        assertTrue(source.mayContainIgnoringCase("data:"));
        assertTrue(source.text().toLowerCase().contains("data:"));
        assertFalse(source("[\n    \"# Plot\\n\",\n    \"![x](plot.png) caption: none\"\n   ]").mayContainIgnoringCase("data:"));
    }

    @Test
    void noNeedleSpansTwoLines() throws IOException {
        assertFalse(source("[\n    \"the data\\n\",\n    \": next\"\n   ]").mayContainIgnoringCase("data:"));
    }
}
