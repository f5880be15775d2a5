package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Paths a line, as a bundle's manifest lists its entries and the files it left home: file names
 * made per customer, of an id and a name or of one template, are a list of people; numbered titles,
 * places and dated reports are not.
 */
class PathNamesTest {

    private static final TextScanner SCANNER = new TextScanner(ScanSettings.DEFAULTS);
    private static final String[] FIRST = {"Ann", "Bob", "Carla", "David", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas"};
    private static final String[] LAST = {"Lee", "Moreau", "Schmidt", "Okafor", "Rossi", "Haddad", "Novak", "Tanaka", "Berg",
        "Costa", "Larsen", "Shah", "Sato", "Holm"};

    /** Places of two words, as many per-city outputs are named. */
    private static final String[] CITIES = ("New_York Los_Angeles San_Francisco San_Diego San_Jose Las_Vegas New_Orleans Buenos_Aires"
            + " Mexico_City Hong_Kong Kuala_Lumpur Cape_Town Tel_Aviv Sao_Paulo Porto_Alegre Santo_Domingo Abu_Dhabi Addis_Ababa"
            + " Phnom_Penh New_Delhi Oklahoma_City Kansas_City Quebec_City El_Paso Fort_Worth Long_Beach Virginia_Beach Baton_Rouge"
            + " Des_Moines Santa_Fe Santa_Cruz Palo_Alto Costa_Mesa Beverly_Hills Kuwait_City Panama_City Rio_Branco Belo_Horizonte")
            .split(" ");

    static String person(int i) {
        return FIRST[i % FIRST.length] + "_" + LAST[(3 * i) % LAST.length] + (i < LAST.length ? "" : "son".repeat(i / LAST.length));
    }

    private static String listing(int count, IntFunction<String> path) {
        return IntStream.range(0, count).mapToObj(path).sorted().collect(Collectors.joining("\n")) + "\n";
    }

    @Test
    void fileNamesMadeOfCustomersIdsAndNamesAreAList() {
        String listing = listing(40, i -> "output/" + (100231 + 7 * i) + "_" + person(i) + ".ipynb");
        List<TextHit> hits = SCANNER.scan(listing);
        assertEquals(List.of(Rule.INLINE_TABLE), hits.stream().map(TextHit::rule).toList(), () -> "hits: " + hits);
        assertEquals("a list of 40 file names holding people's names", hits.get(0).what());
        assertFalse(hits.get(0).what().contains(person(3).replace('_', ' ')));
        assertEquals(1, SCANNER.scan(listing(30, i -> "reports/" + person(i) + "-" + (5000 + 13 * i) + ".pdf")).size());
        assertEquals(1, SCANNER.scan(listing.replace("\n", "\r\n")).size(), "lines ended as Windows ends them");
    }

    @Test
    void fileNamesOfOneTemplateMadePerPersonWithoutIdsAreAList() {
        String papermill = listing(40, i -> "output/report_" + person(i) + ".ipynb");
        assertEquals(List.of(Rule.INLINE_TABLE), SCANNER.scan(papermill).stream().map(TextHit::rule).toList());
        String taken = "report.ipynb\nrun_all.py\n" + papermill + "README.md\n";
        assertEquals("a list of 40 file names holding people's names", SCANNER.scan(taken).get(0).what());
    }

    @Test
    void namesWithACapitalInsideAreNamesToo() {
        String[] inner = {"LeBlanc", "McDonald", "DeVries", "MacLeod", "DiMaggio", "LaFontaine"};
        String listing = listing(30, i -> "output/" + (100231 + 7 * i) + "_" + (i % 5 == 0 ? "Ann_" + inner[i / 5] : person(i)) + ".ipynb");
        assertEquals("a list of 30 file names holding people's names", SCANNER.scan(listing).get(0).what());
        assertEquals(List.of(), SCANNER.scan(listing(30, i -> "models/" + (1000 + 7 * i) + "_LeNet_" + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcd".charAt(i)
                + ".ipynb")));
    }

    @Test
    void titlesPlacesDatesAndFewFilesAreNoList() {
        String[] titles = {"Getting_Started", "User_Guide", "Admin_Guide", "Release_Notes", "Data_Cleaning", "Feature_Engineering",
            "Model_Training", "Model_Evaluation", "Time_Series", "Linear_Regression", "Random_Forest", "Deep_Learning",
            "Web_Scraping", "Text_Mining", "Cluster_Analysis", "Survival_Analysis", "Causal_Inference", "Monte_Carlo",
            "Gradient_Boosting", "Neural_Networks", "Computer_Vision", "Hypothesis_Testing", "Bayesian_Inference",
            "Principal_Components", "Support_Vectors", "Graph_Mining"};
        List<String> clean = List.of(
                listing(titles.length, i -> "notebooks/" + String.format("%02d", i) + "_" + titles[i] + ".ipynb"),
                listing(CITIES.length, i -> "data/" + CITIES[i] + ".geojson"),
                listing(CITIES.length, i -> "output/report_" + CITIES[i] + ".html"),
                listing(titles.length, i -> "notebooks/" + titles[i] + ".ipynb"),
                listing(40, i -> (i % 2 == 0 ? "notebooks/" : "src/") + person(i) + (i % 3 == 0 ? ".ipynb" : ".py")),
                listing(40, i -> "reports/2024-03-" + String.format("%02d", 1 + i % 28) + "_" + person(i) + ".md"),
                listing(40, i -> "runs/" + (20240301 + i) + "_Weekly_Report.ipynb"),
                listing(24, i -> "output/" + (100231 + 7 * i) + "_" + person(i) + ".ipynb"));
        for (String listing : clean) {
            assertEquals(List.of(), SCANNER.scan(listing), listing);
        }
        assertTrue(SCANNER.scan("x = open('output/100231_Ann_Lee.ipynb')\n").isEmpty());
    }
}
