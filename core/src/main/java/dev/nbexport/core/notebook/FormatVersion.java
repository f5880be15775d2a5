package dev.nbexport.core.notebook;

/** The nbformat version a notebook declares: {@code nbformat} and {@code nbformat_minor}. */
public record FormatVersion(int major, int minor) implements Comparable<FormatVersion> {

    public static final FormatVersion V4_5 = new FormatVersion(4, 5);

    public boolean hasCellIds() {
        return compareTo(V4_5) >= 0;
    }

    /** Whether cells sit inside {@code worksheets} (nbformat 2 and 3). */
    public boolean hasWorksheets() {
        return major < 4;
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
