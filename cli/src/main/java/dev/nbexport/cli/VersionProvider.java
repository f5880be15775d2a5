package dev.nbexport.cli;

import dev.nbexport.core.Version;
import picocli.CommandLine;

/** {@code --version}: the build's version and the Java runtime it runs on. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            "nbexport " + Version.get(),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")"
        };
    }
}
