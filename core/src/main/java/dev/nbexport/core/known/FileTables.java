package dev.nbexport.core.known;

import java.util.List;

/**
 * The tables read of one data file, and what was left unread.
 *
 * @param tables    a delimited file's one table, or a workbook's sheets in order
 * @param bytesCut  whether the file's bytes past the bound were not read
 * @param valuesCut whether its values past the bound were not read
 */
record FileTables(List<TableColumns> tables, boolean bytesCut, boolean valuesCut) {
}
