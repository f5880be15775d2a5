package dev.nbexport.core.verify;

/**
 * One line read as a template and its fields, for {@link TemplateLines}: the fields are what may
 * differ from one record to the next (a printed line's names and numbers, a line of code's
 * literals), the template, hashed as {@link #skeleton}, is the rest of the line with each field
 * replaced by its kind. Lines of one skeleton are records of as many fields.
 */
abstract class LineFields {

    /** The widest line read: a log line with its context, a printed record, a statement. */
    static final int MAX_WIDTH = 1024;

    static final byte NUMBER = 1;
    static final byte NAME = 2;
    static final byte CAPITALS = 3;
    static final byte QUOTED = 4;
    static final byte EMAIL = 5;
    /** A trailing comment's text, after its marker: a note, perhaps a name. */
    static final byte COMMENT = 9;

    /** The first {@link RecordRun#COLUMNS} fields, {@code [from, to)} and kind, and how many the line has. */
    final int[] from = new int[RecordRun.COLUMNS];
    final int[] to = new int[RecordRun.COLUMNS];
    final byte[] kind = new byte[RecordRun.COLUMNS];
    int fields;
    /** The hash of the line's template. */
    long skeleton;

    /** Reads {@code [start, end)} of {@code text}; whether it is a line of this template's kind with two fields or more. */
    abstract boolean read(char[] text, int start, int end);

    /** Adds the field of {@code type} at {@code [a, b)}, its kind to the skeleton. */
    final void field(byte type, int a, int b) {
        if (fields < RecordRun.COLUMNS) {
            from[fields] = a;
            to[fields] = b;
            kind[fields] = type;
        }
        fields++;
        skeleton = skeleton * 0x100000001B3L + 0x100 + type;
    }
}
