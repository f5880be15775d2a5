package dev.nbexport.core.notebook;

/** The nbformat version a notebook declares: {@code nbformat} and {@code nbformat_minor}. */
public record FormatVersion(int major, int minor) implements Comparable<FormatVersion> {

    public static final FormatVersion V4_5 = new FormatVersion(4, 5);

    /**
     * A notebook with top-level {@code cells} but no {@code nbformat} key. Jupyter's reader takes
     * such a file for nbformat 1 (its default version) and writes it back the nbformat 1 way:
     * four-space indent, keys in file order, non-ASCII escaped.
     */
    public static final FormatVersion UNDECLARED = new FormatVersion(1, 0);

    /** Whether the notebook names its version ({@code nbformat} 2 to 4). */
    public boolean declared() {
        return major >= 2;
    }

    public boolean hasCellIds() {
        return compareTo(V4_5) >= 0;
    }

    /** Whether cells sit inside {@code worksheets} (nbformat 2 and 3). */
    public boolean hasWorksheets() {
        return major == 2 || major == 3;
    }

    @Override
    public int compareTo(FormatVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
