package dev.nbexport.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The streams a run reads and writes; injected so that tests run the real entry point in-process.
 *
 * @param terminal whether stderr is a person's terminal (progress may be drawn there)
 */
record Io(InputStream in, PrintStream out, PrintStream err, boolean terminal) {
}
