package dev.nbexport.core.bundle;

import com.fasterxml.jackson.core.JacksonException;
import dev.nbexport.core.notebook.BlankSources;
import dev.nbexport.core.notebook.InvalidNotebookException;
import dev.nbexport.core.notebook.InvalidUtf8Exception;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.strip.NotebookStripper;
import dev.nbexport.core.strip.StripResult;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.Rule;
import dev.nbexport.core.verify.Severities;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.Optional;

/**
 * Holds a bundle's notebook to the bytes the bundler writes: stripped again under the gate's
 * policy, it must come out unchanged. The rules read a notebook's values, never the layout between
 * them, so spaces and tabs between JSON tokens, keys out of order or characters escaped without
 * need could carry data past every rule; the bundler writes none of them. A notebook the stripper
 * cannot read is no notebook the bundler wrote either: refused too, where the notebook rules read it
 * (one they could not read is refused by their own finding alone). A notebook of white space
 * alone, which strip leaves as it is, the bundler writes empty: its spaces, tabs and line breaks
 * could spell anything.
 */
final class NotebookForm {

    private final NotebookStripper stripper;
    private final Severities severities;

    NotebookForm(Policy policy) {
        this.stripper = new NotebookStripper(policy);
        this.severities = Severities.of(policy.verify());
    }

    /** The finding on a notebook entry named {@code where} whose bytes stripping would change, if any. */
    Optional<Finding> check(String where, NotebookSource source) throws IOException {
        String problem;
        try {
            if (source.length() > 0 && BlankSources.holdsNothing(source)) {
                problem = "white space alone, where the bundler writes a notebook that holds nothing as an empty file";
            } else if (!stripper.strip(source).changed()) {
                return Optional.empty();
            }
            problem = "stripping it again changes it (layout between values, key order, escapes, or what the policy removes;"
                    + " a bundle made with flags that loosen the export preset, --keep-id say, is verified with the same flags)";
        } catch (InvalidNotebookException | InvalidUtf8Exception | CharConversionException | JacksonException e) {
            problem = "it cannot be stripped again";
        }
        return Optional.of(new Finding(Rule.ARCHIVE_NOTEBOOK_FORM, severities.of(Rule.ARCHIVE_NOTEBOOK_FORM), where, -1, null,
                null, -1, source.length(), null,
                "not a notebook as the bundler writes it: " + problem + ", which could carry data no rule reads"));
    }
}
