package dev.nbexport.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * The build's class-data sharing training run: the commands that hooks and filters start most often, run
 * once each in one JVM, so that a single class list covers them all. Not a command of the tool.
 */
public final class CdsTraining {

    private CdsTraining() {
    }

    /** Runs {@code strip --textconv NOTEBOOK} and {@code verify NOTEBOOK}, printing nothing. */
    public static void main(String[] args) {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        Main.run(InputStream.nullInputStream(), nowhere, nowhere, "strip", "--textconv", args[0]);
        Main.run(InputStream.nullInputStream(), nowhere, nowhere, "verify", args[0]);
    }
}
