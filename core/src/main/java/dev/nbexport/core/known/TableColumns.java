package dev.nbexport.core.known;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One table of a data file read into its columns: its header (the first row) and each column's
 * values, judged by {@link ColumnValues}. A delimited file is one table, a workbook one a sheet.
 *
 * @param sheet   the sheet's name as findings show it, or null for a delimited file
 * @param header  the first row's cells
 * @param columns the columns' values, by position
 * @param cells   how many values were read
 * @param cut     whether rows were left unread because {@code maxCells} was reached
 */
record TableColumns(String sheet, List<String> header, List<ColumnValues> columns, int cells, boolean cut) {

    /** Reads {@code rows} after the header until they end or about {@code maxCells} values are read; null when there is no row. */
    static TableColumns read(String sheet, Rows rows, int maxCells) throws IOException {
        List<String> header = rows.next();
        if (header == null) {
            return null;
        }
        List<ColumnValues> columns = new ArrayList<>();
        int cells = 0;
        List<String> row;
        while (cells < maxCells && (row = rows.next()) != null) {
            for (int i = 0; i < row.size(); i++) {
                if (row.get(i).isEmpty()) {
                    continue; // a sheet's row holds every cell up to its last, most of a sparse one empty
                }
                ValueShape value = ValueShape.of(row.get(i));
                if (value.words() == 0) {
                    continue;
                }
                while (columns.size() <= i) {
                    columns.add(new ColumnValues());
                }
                columns.get(i).add(value);
                cells++;
            }
        }
        boolean cut = cells >= maxCells && rows.next() != null;
        columns.replaceAll(ColumnValues::settled);
        return new TableColumns(sheet, header, columns, cells, cut);
    }
}
