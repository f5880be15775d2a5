package dev.nbexport.cli;

/**
 * The exit codes of every command. When several files give different outcomes, the highest code
 * wins: a run with one unreadable file and one dirty file exits 3.
 */
final class ExitCode {

    /** Success: everything stripped, or clean. */
    static final int OK = 0;
    /** Findings, or files that would change under {@code --check}, {@code --verify}. */
    static final int FINDINGS = 1;
    /** Bad flags or a bad policy file. */
    static final int USAGE = 2;
    /**
     * An input that is missing, unreadable, too large for the heap, or not a valid notebook; or an
     * output (a file, standard output) that cannot be written.
     */
    static final int INVALID_INPUT = 3;
    /** A bug in nbexport. */
    static final int INTERNAL = 4;

    static final String HELP = """
            Exit codes:
              0  success, or clean
              1  findings, or files that would change (--check, --verify)
              2  usage error: bad flags or policy file
              3  an input is missing, unreadable, invalid or too large (left untouched),
                 or an output cannot be written
              4  internal error (a bug in nbexport; please report it)""";

    private ExitCode() {
    }
}
