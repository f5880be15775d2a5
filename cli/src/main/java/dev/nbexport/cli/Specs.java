package dev.nbexport.cli;

import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The commands' picocli models, built in code. Reading them from annotations cost about 30 ms of a
 * 140 ms start (the JVM makes a proxy class for each annotation type, and picocli reflects over
 * every field), and a hook or git filter starts nbexport many times a day. An option is declared once,
 * as an {@link OptionSpec} field of its command, and read back from it after parsing.
 */
final class Specs {

    private Specs() {
    }

    /**
     * A command named {@code name} that runs {@code command}: help eighty columns wide, options listed
     * in the order they are added. The first line of {@code description} is what a list of commands
     * shows: a whole sentence.
     */
    static CommandSpec command(Object command, String name, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
        spec.usageMessage().sortOptions(false).description(description);
        return spec;
    }

    /** Ends the command's help with examples, one a line, and the exit codes. */
    static CommandSpec examples(CommandSpec spec, String... lines) {
        String[] footer = Arrays.copyOf(lines, lines.length + 2);
        footer[lines.length] = "";
        footer[lines.length + 1] = ExitCode.HELP;
        spec.usageMessage().footerHeading("%nExamples:%n").footer(footer);
        return spec;
    }

    /** Ends the command's help with the exit codes. */
    static CommandSpec exitCodes(CommandSpec spec) {
        spec.usageMessage().footerHeading("%n").footer(ExitCode.HELP);
        return spec;
    }

    static CommandSpec add(CommandSpec spec, ArgSpec... args) {
        for (ArgSpec arg : args) {
            if (arg instanceof OptionSpec option) {
                spec.addOption(option);
            } else {
                spec.addPositional((PositionalParamSpec) arg);
            }
        }
        return spec;
    }

    /** An option that takes no value: on when given. */
    static OptionSpec flag(String description, String... names) {
        return flagBuilder(description, names).build();
    }

    static OptionSpec help() {
        return flagBuilder("Show this help and exit.", "-h", "--help").usageHelp(true).build();
    }

    static OptionSpec version() {
        return flagBuilder("Print the version and exit.", "-V", "--version").versionHelp(true).build();
    }

    private static OptionSpec.Builder flagBuilder(String description, String... names) {
        return OptionSpec.builder(names).type(boolean.class).initialValue(false).description(description);
    }

    /** An option that takes one value of {@code type}. */
    static OptionSpec.Builder option(Class<?> type, String label, String description, String... names) {
        return OptionSpec.builder(names).type(type).paramLabel(label).description(description);
    }

    /** An option that takes one value of {@code type}, read by {@code converter}. */
    static <T> OptionSpec option(Class<T> type, ITypeConverter<T> converter, String label, String description, String... names) {
        return option(type, label, description, names).converters(converter).build();
    }

    /** An option that may be repeated, each time with a text value. */
    static OptionSpec repeatable(String label, String description, String... names) {
        return OptionSpec.builder(names).type(List.class).auxiliaryTypes(String.class).paramLabel(label)
                .description(description).build();
    }

    /** A parameter after the options, of {@code type}: one, or none or one ({@code arity} "0..1"). */
    static PositionalParamSpec.Builder positional(Class<?> type, String arity, String label, String description) {
        return PositionalParamSpec.builder().type(type).arity(arity).required(!arity.startsWith("0")).paramLabel(label)
                .description(description);
    }

    /** The parameters after the options, {@code arity} of them ("0..*", "1..*"), each of {@code type}. */
    static PositionalParamSpec positionals(Class<?> type, String arity, String label, String description) {
        return PositionalParamSpec.builder().type(List.class).auxiliaryTypes(type).arity(arity).required(!arity.startsWith("0"))
                .paramLabel(label).description(description).build();
    }

    static boolean isSet(OptionSpec flag) {
        return Boolean.TRUE.equals(flag.getValue());
    }

    /** The value given, or the option's initial value, or null. */
    static <T> T value(ArgSpec arg) {
        return arg.getValue();
    }

    /** The value given, or {@code otherwise}. */
    static <T> T value(ArgSpec arg, T otherwise) {
        T value = arg.getValue();
        return value != null ? value : otherwise;
    }

    /** Every value of a repeatable option or of positional parameters, in order; empty when none was given. */
    static <T> List<T> values(ArgSpec arg) {
        List<T> values = arg.getValue();
        return values != null ? values : List.of();
    }
}
