package dev.nbexport.core.bundle;

import dev.nbexport.core.files.Cores;
import dev.nbexport.core.files.NotebookFiles;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.verify.FileVerifier;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.NotebookVerifier;
import dev.nbexport.core.verify.Rule;
import dev.nbexport.core.verify.Severities;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What verifies one entry's content: the notebook or the file rules, chosen by its name, a notebook
 * also held to the bytes the bundler writes ({@link NotebookForm}). Called from several threads.
 */
interface EntryRules {

    /**
     * The findings on an entry named {@code where} in findings, whose own file name is
     * {@code fileName}; its bytes are {@code content}, or, when that is null, the file {@code spilled}.
     */
    List<Finding> verify(String where, String fileName, byte[] content, Path spilled) throws IOException;

    static EntryRules of(Policy policy) {
        NotebookVerifier notebooks = new NotebookVerifier(policy);
        FileVerifier files = new FileVerifier(policy);
        NotebookForm form = new NotebookForm(policy);
        Severities severities = Severities.of(policy.verify());
        EntryRules rules = (where, fileName, content, spilled) -> {
            if (NotebookFiles.isNotebookName(fileName)) {
                NotebookSource source = content != null ? NotebookSource.of(where, content) : NotebookSource.of(spilled, where);
                List<Finding> found = notebooks.verify(source);
                // A notebook the rules could not read is refused by that finding: one error says why.
                if (found.stream().anyMatch(finding -> finding.rule() == Rule.UNREADABLE)) {
                    return found;
                }
                return form.check(where, source).map(notFormed -> Stream.concat(found.stream(), Stream.of(notFormed)).toList())
                        .orElse(found);
            }
            return content != null ? files.verify(content, where, fileName) : files.verify(spilled, where, fileName);
        };
        return (where, fileName, content, spilled) -> {
            try {
                return rules.verify(where, fileName, content, spilled);
            } catch (OutOfMemoryError e) {
                // An entry too large for the heap is refused alone, as a bundle refuses such a file.
                long size = content != null ? content.length : Files.size(spilled);
                return List.of(new Finding(Rule.UNREADABLE, severities.of(Rule.UNREADABLE), where, -1, null, null, -1, size, null,
                        Cores.tooLarge(e)));
            }
        };
    }
}
