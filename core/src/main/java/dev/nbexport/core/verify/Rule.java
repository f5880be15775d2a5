package dev.nbexport.core.verify;

/**
 * The verifier's rules. Each has a stable id used in reports and policy files, a default
 * severity, and a one-line description.
 */
public enum Rule {
    UNREADABLE("unreadable", Severity.ERROR, "the file is not a notebook nbexport can read"),
    UNKNOWN_CELL_TYPE("unknown-cell-type", Severity.ERROR, "a cell of a type nbexport does not know, which could hold anything"),
    OUTPUT_STREAM("output-stream", Severity.ERROR, "printed output (stdout, stderr) kept in a cell"),
    OUTPUT_RICH("output-rich", Severity.ERROR, "a display or result output (table, plot, HTML, JSON) kept in a cell"),
    OUTPUT_ERROR("output-error", Severity.ERROR, "an error output (traceback, which can quote values) kept in a cell"),
    OUTPUT_OTHER("output-other", Severity.ERROR, "an output of an unknown type kept in a cell"),
    EXECUTION_COUNT("execution-count", Severity.ERROR, "an execution count kept where the policy removes them"),
    ATTACHMENT("attachment", Severity.ERROR, "a file attached to a markdown or raw cell"),
    DATA_URI("data-uri", Severity.ERROR, "a data: URI (an inline image or file) in a cell's text"),
    WIDGET_STATE("widget-state", Severity.ERROR, "saved widget state, which holds the widgets' data"),
    NOTEBOOK_METADATA("notebook-metadata", Severity.ERROR, "notebook metadata the policy removes"),
    CELL_METADATA("cell-metadata", Severity.ERROR, "cell metadata the policy removes"),
    ENCODED_BLOB("encoded-blob", Severity.ERROR, "a long base64 or hex run in a cell's text or metadata"),
    LONG_LITERAL("long-literal", Severity.WARNING, "a very long line in a cell's source, typical of pasted data"),
    INLINE_TABLE("inline-table", Severity.WARNING, "many lines with the same count of delimiters: a pasted table or CSV"),
    CREDENTIAL("credential", Severity.ERROR, "a private key, cloud access key, token or password"),
    EMAIL("email", Severity.WARNING, "an e-mail address"),
    IBAN("iban", Severity.WARNING, "an IBAN whose check digits are valid"),
    CARD_NUMBER("card-number", Severity.WARNING, "a payment card number passing the Luhn check"),
    DATA_FILE("data-file", Severity.ERROR, "a data file (CSV, Parquet, Excel, pickle, HDF5, SQLite, RDS, SAS, ...) by name or content"),
    NESTED_ARCHIVE("nested-archive", Severity.ERROR, "an archive or compressed file, whose content cannot be checked"),
    BINARY_FILE("binary-file", Severity.ERROR, "a binary file of unknown kind"),
    OVERSIZE_FILE("oversize-file", Severity.ERROR, "a file larger than the policy allows");

    private final String id;
    private final Severity defaultSeverity;
    private final String description;

    Rule(String id, Severity defaultSeverity, String description) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public String description() {
        return description;
    }

    public static Rule byId(String id) {
        for (Rule rule : values()) {
            if (rule.id.equals(id)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("unknown rule '" + id + "'");
    }
}
