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
    NOTEBOOK_METADATA("notebook-metadata", Severity.ERROR, "notebook metadata the policy removes, or an allowed key holding a value of another shape than the policy keeps"),
    CELL_METADATA("cell-metadata", Severity.ERROR, "cell metadata the policy removes, or an allowed key holding a value of another shape than the policy keeps"),
    TAGGED_CELL("tagged-cell", Severity.ERROR, "a cell carrying a tag the policy drops whole cells by (drop-tagged-cells; export drops papermill's injected-parameters)"),
    FIELD_SHAPE("field-shape", Severity.ERROR, "a field in a form nbformat would not accept (a cell id beyond 1-64 letters, digits, - and _; text that is not a string; a heading level, language or flag of the wrong type), which could carry anything"),
    ENCODED_BLOB("encoded-blob", Severity.ERROR, "a long base64, base85 or hex run, or many bytes written as \\x escapes, in a cell's text or metadata"),
    LONG_LITERAL("long-literal", Severity.WARNING, "a very long line in a cell's source, typical of pasted data"),
    INLINE_TABLE("inline-table", Severity.WARNING, "many lines with the same count of delimiters, or of mostly numbers in columns separated by spaces, an HTML table of many rows, or many records of the same keys (dict literals, JSON, a YAML list): a pasted table or CSV"),
    CREDENTIAL("credential", Severity.ERROR, "a private key, cloud access key, token or password"),
    EMAIL("email", Severity.WARNING, "an e-mail address"),
    EMAIL_LIST("email-list", Severity.ERROR, "ten or more distinct e-mail addresses in one text: a list of people"),
    IBAN("iban", Severity.WARNING, "an IBAN whose check digits are valid"),
    CARD_NUMBER("card-number", Severity.WARNING, "a payment card number passing the Luhn check"),
    IBAN_LIST("iban-list", Severity.ERROR, "ten or more distinct IBANs in one text: a list of people's accounts"),
    CARD_LIST("card-list", Severity.ERROR, "ten or more distinct payment card numbers in one text: a list of people's cards"),
    NATIONAL_ID("national-id", Severity.WARNING, "a US social security number or a UK National Insurance number"),
    NATIONAL_ID_LIST("national-id-list", Severity.ERROR, "ten or more distinct national id numbers (US social security, UK National Insurance, German tax ids) in one text: a list of people"),
    HIDDEN_TEXT("hidden-text", Severity.ERROR, "characters that show as nothing in the numbers or sequences that spell out data: Unicode tag characters outside a flag, three or more zero-width characters, variation selectors or directional marks in a row, or sixteen or more in one text"),
    KNOWN_DATA("known-data", Severity.ERROR, "values of the site's data files (the CSV files a bundle leaves home, those --known-data names) in a text that leaves: a customer's name, id, e-mail, phone number or IBAN"),
    DATA_FILE("data-file", Severity.ERROR, "a data file (CSV, Parquet, Excel, pickle, HDF5, SQLite, RDS, SAS, ...) by name or content"),
    NESTED_ARCHIVE("nested-archive", Severity.ERROR, "an archive or compressed file, whose content cannot be checked"),
    BINARY_FILE("binary-file", Severity.ERROR, "a binary file of unknown kind"),
    OVERSIZE_FILE("oversize-file", Severity.ERROR, "a file larger than the policy allows"),
    ARCHIVE_FORMAT("archive-format", Severity.ERROR, "a bundle that is not a readable tar, tar.gz or zip archive"),
    ARCHIVE_PATH("archive-path", Severity.ERROR, "an entry name with .., an absolute path, a backslash, a colon (drive letter, alternate stream) or control characters"),
    ARCHIVE_LINK("archive-link", Severity.ERROR, "a symbolic or hard link in a bundle"),
    ARCHIVE_SPECIAL("archive-special", Severity.ERROR, "a device, FIFO or other special entry in a bundle"),
    ARCHIVE_NOT_INCLUDED("archive-not-included", Severity.ERROR, "an entry a bundle would never take: off the include list (by extension or name), under a skipped directory (checkpoints, version control, caches, virtual environments), or a rendering of a notebook"),
    ARCHIVE_DUPLICATE("archive-duplicate", Severity.ERROR, "two entries whose names are equal, also after case folding or Unicode normalisation"),
    ARCHIVE_HEADER_MISMATCH("archive-header-mismatch", Severity.ERROR, "a zip entry whose local header disagrees with the central directory, or a tar header other than the bundler writes (owner names, a link name, bytes after the name or in unused fields)"),
    ARCHIVE_ENCRYPTED("archive-encrypted", Severity.ERROR, "an encrypted entry, whose content cannot be checked"),
    ARCHIVE_BOMB("archive-bomb", Severity.ERROR, "an archive that expands beyond the size, count or ratio limits"),
    ARCHIVE_TRAILING("archive-trailing", Severity.ERROR, "bytes hidden before, between or after the archive's entries, in spare header fields (comments, extra fields, extended headers) or after an entry's compressed data, or a second gzip member"),
    ARCHIVE_NOTEBOOK_FORM("archive-notebook-form", Severity.ERROR, "a notebook in a bundle that is not byte for byte as the bundler writes it (stripping it again under the gate's policy changes it: spaces or tabs between values, keys out of order, characters escaped without need), a layout that could carry data no rule reads"),
    MANIFEST_MISSING("manifest-missing", Severity.ERROR, "a bundle without its NBEXPORT-MANIFEST.json"),
    MANIFEST_MISMATCH("manifest-mismatch", Severity.ERROR, "an entry whose size or SHA-256 differs from the manifest, or that only one of them lists"),
    MANIFEST_SHAPE("manifest-shape", Severity.ERROR, "a manifest that is not exactly what the bundler writes: a key it does not write, a value of another type or form (named by its JSON pointer), a layout other than the bundler's, or a policy hash that is not that of its settings");

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
