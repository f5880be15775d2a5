package dev.nbexport.core.verify;

import java.util.List;

/**
 * Tables written by columns, as literal lists of scalars ({@link ScalarList}) side by side: a
 * pandas {@code DataFrame({'id': [...], 'name': [...]})}, {@code dict(id=[...], ...)}, a JSON
 * object of arrays, R's {@code data.frame(id = c(...), name = c(...))} or {@code tibble(...)}. Two
 * lists or tuples or more of the same length, at least {@code minRows} items each, parted only by a
 * comma and the next one's key ({@code 'name':}, {@code name =}, {@code name: list[str] =}) and
 * perhaps comments, each perhaps wrapped in a call
 * ({@code np.array([...])}), are the columns of one table when its rows look like data as records
 * do ({@link RecordRun}): a number a row on average (the keys say what it measures), or names.
 * Equal lengths are what tells a table's columns from lists that merely stand together. A mapping
 * of scalars keyed by numbers is a column of its values, as a list is: pandas' {@code to_dict()}
 * and {@code to_json()} write a frame so, {@code {'id': {0: 100231, 1: ...}, 'name': {0: ...}}},
 * keyed by its index.
 *
 * <p>Lists may also stand side by side without keys, parted by a comma alone: the arguments of
 * {@code zip([...], [...])}, the items of {@code np.column_stack(([...], [...]))} or of a list of
 * columns. Nothing then says what a number measures, and code passes numbers alone so (a plot's
 * {@code x} and {@code y}, points): a row's numbers count only beside text, as a CSV line's do.
 *
 * <p>A column on its own is a table when it is people's full names ({@link RecordColumn#fullNames}):
 * a list of {@code minRows} names or more, or a lookup of them keyed by ids. A lookup keyed by ids
 * ({@link ScalarList#ids}) is a table of two columns, its keys and its values, when its values are
 * amounts, names or words ({@code {100231: 3258.16, ...}}, {@code {100231: "gold", ...}}). A mapping of
 * {@code minRows} entries or more keyed by text is a table of two columns, its keys and its values,
 * when its keys are people's full names, or names
 * ({@link RecordValue#NAME}: people, places, products) beside values that look like data
 * ({@code "Ann Lee": 4321.5}); keys written as identifiers are configuration's, and names beside
 * names that are not people's a lookup's ({@code "Kunde": "Customer"}, {@code "Alabama": "Montgomery"}).
 */
final class ColumnTables {

    private static final String[] DECLARATIONS = {"const", "let", "var", "val"};
    /** The longest type a column's name is given, {@code Optional[list[float | None]]}. */
    private static final int MAX_TYPE = 80;

    /** How two lists stand: apart, as columns of one table named by keys, or as columns parted by a comma alone. */
    private enum Parting { APART, BY_KEY, BY_COMMA }

    private final char[] text;
    private final int minRows;
    private final int sample;
    private final List<int[]> found;
    /** The open table's columns, then one more to read the next list into. */
    private final ScalarList[] lists = new ScalarList[RecordRun.COLUMNS + 1];
    /** A mapping's keys and values as read, before they take their place among the lists. */
    private ScalarList mappingKeys;
    private ScalarList mappingValues;
    private int columns;
    /** Where the open table's last column ends. */
    private int tableEnd;
    /** Whether two of the open table's columns stand side by side without a key. */
    private boolean keyless;
    private RecordRun rows;
    private RecordColumn names;

    private ColumnTables(char[] text, int minRows, List<int[]> found) {
        this.text = text;
        this.minRows = minRows;
        this.sample = Math.max(RecordColumn.SAMPLE, minRows);
        this.found = found;
        this.mappingKeys = new ScalarList(text, sample);
        this.mappingValues = new ScalarList(text, sample);
    }

    static void find(TextScanner.Scan scan, int minRows, List<int[]> found) {
        // Every table here has a list or a mapping of minRows items or more, parted by commas.
        if (scan.count(',') < minRows - 1) {
            return;
        }
        boolean vectors = scan.mayContain(VECTOR);
        boolean keyed = scan.mayContainAny(QUOTED_KEYS) || scan.mayContainAny(DIGIT_COLONS);
        if (scan.text.indexOf('[') >= 0 || scan.text.indexOf('(') >= 0 || keyed) {
            new ColumnTables(scan.chars, minRows, found).lists(scan.text, vectors, keyed);
        }
    }

    private static final Keyword VECTOR = Keyword.of("c(");
    /** A quoted key's end: {@code "id":}, {@code 'id':}. */
    private static final Keyword[] QUOTED_KEYS = Keyword.all("\":", "':");
    /** A number key's end, a digit before a colon: a mapping keyed by numbers holds one somewhere. */
    private static final Keyword[] DIGIT_COLONS = Keyword.all("0:", "1:", "2:", "3:", "4:", "5:", "6:", "7:", "8:", "9:");

    private void lists(String source, boolean vectors, boolean keyed) {
        // The next bracket, tuple, R vector and brace, each found by a search of its own.
        int bracket = source.indexOf('[');
        int tuple = source.indexOf('(');
        int vector = vectors ? source.indexOf("c(") : -1;
        int brace = keyed ? source.indexOf('{') : -1;
        while (bracket >= 0 || tuple >= 0 || vector >= 0 || brace >= 0) {
            int at = Math.min(Math.min(first(bracket), first(tuple)), Math.min(first(vector), first(brace)));
            int next = at == brace ? mapping(at) : at == vector ? list(at, at + 1, ')') : list(at, at, text[at] == '[' ? ']' : ')');
            bracket = bracket >= 0 && bracket < next ? source.indexOf('[', next) : bracket;
            tuple = tuple >= 0 && tuple < next ? source.indexOf('(', next) : tuple;
            vector = vector >= 0 && vector < next ? source.indexOf("c(", next) : vector;
            brace = brace >= 0 && brace < next ? source.indexOf('{', next) : brace;
        }
        closeTable();
    }

    private static int first(int found) {
        return found < 0 ? Integer.MAX_VALUE : found;
    }

    /**
     * Reads the list at {@code at} ({@code [}, a tuple's {@code (}, or R's {@code c(}), opened at
     * {@code open} and closed by {@code close}, as a column; where to look on.
     */
    private int list(int at, int open, char close) {
        boolean vector = open > at;
        if (at > 0 && (vector ? isNameChar(text[at - 1]) : JsonRecords.opensArguments(text[at - 1]))) {
            return open + 1;
        }
        int slot = Math.min(columns, RecordRun.COLUMNS);
        if (!list(slot).read(at, open, close)) {
            return open + 1;
        }
        return column(slot, at);
    }

    /**
     * Takes the list read into slot {@code slot}, written at {@code at}, as a column: the open table's
     * next one if it stands beside it, else the first of a new table. Where to look on.
     */
    private int column(int slot, int at) {
        ScalarList list = lists[slot];
        if (list.items < minRows) {
            return list.end;
        }
        Parting parted = columns > 0 && list.items == lists[0].items ? parting(tableEnd, at) : Parting.APART;
        if (parted != Parting.APART) {
            columns++;
            keyless |= parted == Parting.BY_COMMA;
        } else {
            closeTable();
            lists[slot] = lists[0];
            lists[0] = list;
            columns = 1;
            keyless = false;
        }
        tableEnd = list.end;
        return list.end;
    }

    /** Puts {@code list} in slot {@code slot}; the list the slot held, or a new one, to read into next. */
    private ScalarList place(ScalarList list, int slot) {
        ScalarList held = list(slot);
        lists[slot] = list;
        return held;
    }

    private ScalarList list(int slot) {
        if (lists[slot] == null) {
            lists[slot] = new ScalarList(text, sample);
        }
        return lists[slot];
    }

    /**
     * How a list ending at {@code end} and one starting at {@code start} stand, by what stands between
     * them: the call wrapping the first one closing; a comma and the second one's key with its colon
     * or equals sign (entries of a mapping, arguments of a call), a comma alone, or a line break or
     * semicolon and the name it is assigned to ({@code name = [}, R's {@code name <- c(},
     * JavaScript's {@code const name = [}), perhaps with its type ({@code name: list[str] = [}); and
     * a call wrapping the second one opening. Comments ({@code # names}, {@code // names}) may stand between them, as white space does.
     */
    private Parting parting(int end, int start) {
        int k = gap(end, start);
        if (k < start && text[k] == ')') {
            k = gap(k + 1, start);
        }
        boolean entry = k < start && text[k] == ',';
        if (entry || k < start && text[k] == ';') {
            k = gap(k + 1, start);
        } else if (!Scalars.hasLineBreak(text, end, k)) {
            return Parting.APART;
        }
        if (entry && k == start) {
            return Parting.BY_COMMA;
        }
        int keyEnd = entry && Scalars.isQuote(text[k]) ? Scalars.stringEnd(text, k, RecordValue.MAX_LENGTH) : name(declared(k));
        if (keyEnd < 0) {
            return Parting.APART;
        }
        k = Scalars.space(text, keyEnd);
        if (!entry && k < start && text[k] == ':') {
            k = typed(k + 1, start);
        }
        if (k + 1 < start && text[k] == '<' && text[k + 1] == '-') {
            k++;
        } else if (k >= start || text[k] != ':' && text[k] != '=') {
            return Parting.APART;
        }
        k = Scalars.space(text, k + 1);
        int call = name(k);
        boolean wrapped = call > k && call < start && text[call] == '(' && Scalars.space(text, call + 1) == start;
        return k == start || wrapped ? Parting.BY_KEY : Parting.APART;
    }

    /**
     * After the colon at {@code colon - 1} that follows a name: where the equals sign that ends its type
     * ({@code list[int]}, {@code number[]}, {@code Array<number>}) stands, before {@code start}; else
     * the colon, which may then part a key from its value.
     */
    private int typed(int colon, int start) {
        for (int k = colon; k < start && k - colon <= MAX_TYPE; k++) {
            char c = text[k];
            if (c == '=') {
                return k + 1 < start && text[k + 1] != '=' && k > colon ? k : colon - 1;
            }
            if (!isNameChar(c) && " []<>,|".indexOf(c) < 0) {
                break;
            }
        }
        return colon - 1;
    }

    /** The first character at or after {@code from}, before {@code start}, that is neither white space nor in a comment. */
    private int gap(int from, int start) {
        int k = Scalars.space(text, from);
        while (k + 1 < start && Scalars.isLineComment(text, k, start)) {
            k = Scalars.space(text, Scalars.lineEnd(text, k, start));
        }
        return k;
    }

    /** Where the name declared at {@code at} starts: after {@code const}, {@code let}, {@code var} or {@code val} and a space, else {@code at}. */
    private int declared(int at) {
        for (String keyword : DECLARATIONS) {
            int after = at + keyword.length();
            if (after < text.length && text[after] == ' ' && new String(text, at, keyword.length()).equals(keyword)) {
                return Scalars.space(text, after);
            }
        }
        return at;
    }

    /** The end of the name ({@code id}, {@code np.array}) starting at {@code at}, or -1. */
    private int name(int at) {
        int k = at;
        while (k < text.length && isNameChar(text[k])) {
            k++;
        }
        return k > at && !Character.isDigit(text[at]) ? k : -1;
    }

    private static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.');
    }

    /**
     * Reads the mapping at {@code at}: keyed by numbers (an index, ids), its values are a column as a
     * list's items are; else it is a table of two columns, its keys and its values, reported if it is
     * one. Where to look on.
     */
    private int mapping(int at) {
        if (!mappingKeys.readMapping(at, mappingValues)) {
            closeTable();
            return at + 1; // its values may be columns
        }
        if (mappingKeys.numbers == mappingKeys.items) {
            if (mappingKeys.items >= minRows && mappingKeys.ids() && looksUp(mappingKeys, mappingValues)) {
                found.add(new int[] {at, mappingKeys.end, mappingKeys.items, 0, 0});
            }
            int slot = Math.min(columns, RecordRun.COLUMNS);
            mappingValues = place(mappingValues, slot);
            return column(slot, at);
        }
        closeTable();
        mappingKeys = place(mappingKeys, 0);
        mappingValues = place(mappingValues, 1);
        ScalarList keys = lists[0];
        int sampled = keys.sampled();
        boolean lookup = isLookup(lists[1]);
        RecordColumn names = names(keys);
        if (keys.items >= minRows && (names.fullNames(sampled) || names.distinctNames(sampled) > 0 && !lookup && rowsLookLikeData(lists, 2, false))) {
            found.add(new int[] {at, keys.end, keys.items, 0, 0});
        }
        return keys.end;
    }

    /**
     * Whether a mapping's {@code values} read as names but not as people's full names: a mapping of
     * names to names is a lookup (a label's translation, a state's capital), one thing named for
     * another, where customers are keyed by an id or by their own names.
     */
    private boolean isLookup(ScalarList values) {
        RecordColumn names = names(values);
        int sampled = values.sampled();
        return names.distinctNames(sampled) > 0 && !names.fullNames(sampled);
    }

    /** Reports the open table, if it is one. */
    private void closeTable() {
        if (columns == 0) {
            return;
        }
        ScalarList first = lists[0];
        if (columns == 1 ? names(first).fullNames(first.sampled()) : rowsLookLikeData(lists, Math.min(columns, RecordRun.COLUMNS), keyless)) {
            found.add(new int[] {first.start, tableEnd, first.items, 0, 0});
        }
        columns = 0;
    }

    /**
     * Whether a mapping keyed by ids ({@link ScalarList#ids}) looks up data for each: amounts that go
     * up and down, names, or words ({@code 100231: "gold"}), a customer's tier or status. Code keys
     * its tables of words by codes, small numbers or numbers of mixed widths, or writes the words as
     * its constants ({@code ARRAY_BUFFER}, {@code invalid_token}).
     */
    private boolean looksUp(ScalarList ids, ScalarList values) {
        return rowsLookLikeData(new ScalarList[] {ids, values}, 2, false) || names(values).words(values.sampled());
    }

    /**
     * Whether the first rows of the table whose columns are the first {@code judged} of
     * {@code columns}, read across them, look like data as a run of records does; numbers in order
     * count for none, and, in columns side by side without keys ({@code keyless}), only in a row
     * that holds text.
     */
    private boolean rowsLookLikeData(ScalarList[] columns, int judged, boolean keyless) {
        if (rows == null) {
            rows = new RecordRun(minRows, found);
        }
        for (int row = 0; row < columns[0].sampled(); row++) {
            rows.record();
            boolean numbersCount = !keyless || holdsText(columns, row, judged);
            for (int c = 0; c < judged; c++) {
                ScalarList column = columns[c];
                rows.item();
                rows.value(text, column.writtenFrom(row), column.writtenTo(row));
                if (numbersCount && !column.ordered() && column.isMeasure(row)) {
                    rows.number();
                }
            }
            rows.add(columns[0].start, columns[0].end, row > 0);
        }
        boolean table = rows.isTable();
        rows.discard();
        return table;
    }

    /** Whether row {@code row} of the first {@code judged} of {@code columns} holds a quoted text that is no number. */
    private boolean holdsText(ScalarList[] columns, int row, int judged) {
        for (int c = 0; c < judged; c++) {
            if (Scalars.isQuote(text[columns[c].writtenFrom(row)]) && !columns[c].isNumber(row)) {
                return true;
            }
        }
        return false;
    }

    /** The list's first items, read as a column of names. */
    private RecordColumn names(ScalarList list) {
        if (names == null) {
            names = new RecordColumn();
        }
        names.reset();
        for (int item = 0; item < list.sampled(); item++) {
            names.clear();
            names.read(text, list.from(item), list.to(item));
            names.add(item);
        }
        return names;
    }
}
