package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * A table of ids, dates and amounts kept one string literal a line is found however the literals
 * are written: prefix, quotes or backticks, delimiter, closing {@code \n}, trailing punctuation, a comment and indentation.
 */
class LiteralRowsProperties {

    private static final TextScanner SCANNER = new TextScanner(ScanSettings.DEFAULTS);
    private static final List<String> PREFIXES = List.of("", "r", "b", "f", "u", "rb", "Br");
    private static final List<String> DELIMITERS = List.of(",", ";", "\\t", "\t", "|");
    private static final List<String> TRAILERS = List.of("", ",", " +", ")", ";", "),", " ,", ",  # checked", " +  // x");

    @Property(tries = 300)
    void aTableKeptAsLiteralsOneALineIsFound(@ForAll @IntRange(min = 25, max = 80) int rows, @ForAll int shape,
                                             @ForAll boolean singleQuotes, @ForAll boolean backticks, @ForAll boolean newline,
                                             @ForAll @IntRange(min = 0, max = 8) int indentation) {
        Random random = new Random(shape);
        String prefix = backticks ? "" : PREFIXES.get(Math.floorMod(shape, PREFIXES.size()));
        String delimiter = DELIMITERS.get(Math.floorMod(shape >> 4, DELIMITERS.size()));
        String trailer = TRAILERS.get(Math.floorMod(shape >> 8, TRAILERS.size()));
        String quote = backticks ? "`" : singleQuotes ? "'" : "\"";
        String indent = " ".repeat(indentation);
        StringBuilder text = new StringBuilder("rows = (\n");
        for (int i = 0; i < rows; i++) {
            String row = String.join(delimiter, "C" + (4711 + i), "2024-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10),
                    random.nextInt(90000) + "." + random.nextInt(100), String.valueOf(random.nextInt(5)));
            text.append(indent).append(prefix).append(quote).append(row).append(newline ? "\\n" : "").append(quote)
                    .append(trailer).append('\n');
        }
        String table = text.append(")\n").toString();

        List<TextHit> hits = SCANNER.scan(table);

        assertEquals(List.of(Rule.INLINE_TABLE), hits.stream().map(TextHit::rule).toList(), table);
        assertEquals(2, hits.get(0).line());
        assertFalse(hits.get(0).what().contains("C4711"), hits.get(0).what());
    }
}
