package dev.nbexport.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code --known-data PATH}, of {@code bundle} and {@code verify}: the site's data kept outside the folder. */
final class KnownDataOption {

    private final OptionSpec option = Specs.repeatable("PATH",
            "Also refuse texts holding values of this data file, or of the CSV, TSV and text files, Excel"
                    + " workbooks (.xlsx, .xlsm) and LibreOffice spreadsheets (.ods) below this folder (repeatable): names, ids, e-mails, phone numbers, IBANs of the"
                    + " columns that identify people. The CSV and TSV files and workbooks the run finds as data are read anyway.",
            "--known-data");

    KnownDataOption(CommandSpec spec) {
        Specs.add(spec, option);
    }

    /** The paths given, each of which must exist (a usage error otherwise: a check against nothing would pass). */
    List<Path> paths() {
        List<String> given = Specs.values(option);
        List<Path> paths = given.stream().map(Path::of).toList();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new UsageException("--known-data " + path + ": no such file or folder");
            }
        }
        return paths;
    }

    boolean isGiven() {
        return !Specs.<String>values(option).isEmpty();
    }
}
