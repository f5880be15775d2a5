package dev.nbexport.cli;

import dev.nbexport.core.Version;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code nbexport man}: the manual page in roff, made from the same model as {@code --help}. The build installs it. */
final class ManPageCommand implements Callable<Integer> {

    private final CommandSpec spec;
    private final Io io;

    ManPageCommand(Io io) {
        this.io = io;
        spec = Specs.command(this, "man", "Print the manual page (roff) on standard output.");
        spec.usageMessage().hidden(true);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        CommandSpec root = spec.root();
        StringBuilder page = new StringBuilder();
        page.append(".TH NBEXPORT 1 \"\" \"nbexport ").append(escape(Version.get())).append("\" \"User Commands\"\n");
        page.append(".SH NAME\nnbexport \\- ").append(escape(String.join(" ", root.usageMessage().description()))).append('\n');
        page.append(".SH SYNOPSIS\n.B nbexport\n.I COMMAND\n[\\fIOPTIONS\\fR] [\\fIPATH\\fR...]\n");
        for (CommandLine sub : root.subcommands().values()) {
            CommandSpec command = sub.getCommandSpec();
            if (command.usageMessage().hidden() || command.name().equals("generate-completion")) {
                continue;
            }
            section(page, command);
        }
        page.append(".SH EXIT STATUS\n");
        for (String line : ExitCode.HELP.lines().skip(1).toList()) {
            String trimmed = line.trim();
            page.append(".TP\n.B ").append(trimmed, 0, 1).append('\n').append(escape(trimmed.substring(1).trim())).append('\n');
        }
        page.append(".SH SEE ALSO\nThe README of the project, and\n.B nbexport COMMAND \\-\\-help\n");
        io.out().print(page);
        io.out().flush();
        return ExitCode.OK;
    }

    private static void section(StringBuilder page, CommandSpec command) {
        page.append(".SH \"").append(escape(command.qualifiedName().toUpperCase(java.util.Locale.ROOT))).append("\"\n");
        for (String line : command.usageMessage().description()) {
            page.append(escape(line)).append("\n.br\n");
        }
        for (PositionalParamSpec positional : command.positionalParameters()) {
            page.append(".TP\n.I ").append(escape(positional.paramLabel())).append('\n')
                    .append(escape(String.join(" ", positional.description()))).append('\n');
        }
        for (OptionSpec option : command.options()) {
            page.append(".TP\n.B ").append(escape(String.join(", ", option.names())));
            if (option.arity().max() > 0) {
                page.append(" \\fI").append(escape(option.paramLabel())).append("\\fR");
            }
            page.append('\n').append(escape(String.join(" ", option.description()).replace("${COMPLETION-CANDIDATES}",
                    option.completionCandidates() == null ? "" : String.join(", ", toList(option.completionCandidates())))))
                    .append('\n');
        }
        for (CommandLine sub : command.subcommands().values()) {
            section(page, sub.getCommandSpec());
        }
    }

    private static List<String> toList(Iterable<String> values) {
        List<String> list = new java.util.ArrayList<>();
        values.forEach(list::add);
        return list;
    }

    private static String escape(String text) {
        String escaped = text.replace("\\", "\\\\").replace("-", "\\-");
        return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
    }
}
