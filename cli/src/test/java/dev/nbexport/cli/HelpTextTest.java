package dev.nbexport.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's help reads whole in eighty columns: nothing cut, no word broken. */
class HelpTextTest {

    /**
     * A word broken after a dot (".git", "filter.nbexport"), which Java's line breaking allows: a line
     * ending in a dot, and text going on in lower case at the start of the next line or in the
     * description column (a command or example line starts two columns in).
     */
    private static final Pattern BROKEN_AFTER_DOT = Pattern.compile("[^\\n]*[(\\w /~]\\.\\n(?=(?: {9,})?[a-z/~])");

    private static List<CommandLine> everyCommand() {
        Io io = new Io(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()), false);
        List<CommandLine> commands = new ArrayList<>();
        collect(NbexportCommand.commandLine(io, new String[] {"--help"}), commands);
        return commands;
    }

    private static void collect(CommandLine command, List<CommandLine> into) {
        into.add(command);
        command.getSubcommands().values().forEach(sub -> collect(sub, into));
    }

    @Test
    void linesFitEightyColumnsAndNoWordIsBrokenAfterADot() {
        List<String> problems = new ArrayList<>();
        for (CommandLine command : everyCommand()) {
            String help = command.getUsageMessage(CommandLine.Help.Ansi.OFF).replace("\r", "");
            String name = command.getCommandSpec().qualifiedName();
            help.lines().filter(line -> line.length() > 80).forEach(line -> problems.add(name + ", too long: " + line));
            // Examples and exit codes are laid out as tables, which picocli's wrapping would break.
            Arrays.stream(command.getCommandSpec().usageMessage().footer()).flatMap(String::lines)
                    .filter(line -> line.length() > 80).forEach(line -> problems.add(name + ", footer wraps: " + line));
            Matcher broken = BROKEN_AFTER_DOT.matcher(help);
            while (broken.find()) {
                problems.add(name + ", a word broken: " + broken.group());
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theLineACommandListShowsIsAWholeSentence() {
        for (CommandLine command : everyCommand()) {
            if (command.getParent() == null) {
                continue;
            }
            String[] description = command.getCommandSpec().usageMessage().description();
            String first = description[0].strip();
            assertTrue(first.endsWith("."), command.getCommandSpec().qualifiedName() + ": " + first);
        }
    }
}
