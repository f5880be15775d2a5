package dev.nbexport.core.known;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Known values found in one text: from the start of the first to the end of the last (UTF-16
 * offsets), how many distinct values, and the files and columns they came from. {@link #what} says
 * so in a few words, naming the columns by their headers and never a value.
 */
public record KnownMatch(int start, int end, int values, List<KnownValues.Origin> origins) {

    public KnownMatch {
        origins = List.copyOf(origins);
    }

    /**
     * {@code 3 values of data/customers.csv (columns name, email) appear here}; of a workbook
     * {@code data/crm.xlsx (sheet Customers, column name)}.
     */
    public String what() {
        Map<String, Set<String>> columns = new LinkedHashMap<>();
        for (KnownValues.Origin origin : origins) {
            String table = origin.file() + " (" + (origin.sheet() == null ? "" : "sheet " + origin.sheet() + ", ");
            columns.computeIfAbsent(table, key -> new java.util.LinkedHashSet<>()).add(origin.column());
        }
        List<String> parts = new ArrayList<>();
        columns.forEach((table, names) -> parts.add(table + "column" + (names.size() == 1 ? " " : "s ")
                + String.join(", ", names) + ")"));
        return values + (values == 1 ? " value of " : " values of ") + String.join(", ", parts)
                + (values == 1 ? " appears here" : " appear here");
    }
}
