package dev.nbexport.core.notebook;

/**
 * The input cannot be read, or cannot be written back, as a Jupyter notebook. The message is one
 * line naming the place; it never repeats the content found there.
 */
public final class InvalidNotebookException extends RuntimeException {

    /** What kind of problem; stable names for reports and tests. */
    public enum Kind {
        NOT_JSON,
        NOT_UTF8,
        BYTE_ORDER_MARK,
        DUPLICATE_KEY,
        TOO_DEEP,
        TOO_LARGE,
        NOT_A_NOTEBOOK,
        UNSUPPORTED_VERSION,
        LONE_SURROGATE,
        CONTRADICTORY_METADATA
    }

    private final Kind kind;
    private final Location location;
    private final String problem;

    public InvalidNotebookException(Kind kind, Location location, String problem) {
        this(kind, location, problem, null);
    }

    public InvalidNotebookException(Kind kind, Location location, String problem, Throwable cause) {
        super(format(location, problem), cause);
        this.kind = kind;
        this.location = location;
        this.problem = problem;
    }

    private static String format(Location location, String problem) {
        String where = location.describe();
        return where.isEmpty() ? problem : where + ": " + problem;
    }

    public Kind kind() {
        return kind;
    }

    public Location location() {
        return location;
    }

    /** This problem at {@code where} instead. */
    public InvalidNotebookException at(Location where) {
        InvalidNotebookException moved = new InvalidNotebookException(kind, where, problem, getCause());
        moved.setStackTrace(getStackTrace());
        return moved;
    }

    /** The problem without its location. */
    public String problem() {
        return problem;
    }
}
