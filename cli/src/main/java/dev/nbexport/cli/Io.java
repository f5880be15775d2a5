package dev.nbexport.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** The streams a run reads and writes; injected so that tests run the real entry point in-process. */
record Io(InputStream in, PrintStream out, PrintStream err) {
}
