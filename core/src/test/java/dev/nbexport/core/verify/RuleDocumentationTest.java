package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's rule table is the users' reference: every rule must be in it with its default. */
class RuleDocumentationTest {

    @Test
    void theReadmeDocumentsEveryRuleWithItsDefaultSeverity() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        for (Rule rule : Rule.values()) {
            String row = "| `" + rule.id() + "` | " + rule.defaultSeverity().name().toLowerCase(java.util.Locale.ROOT) + " | ";
            assertTrue(readme.contains(row), "README.md lacks the row for " + rule.id());
        }
    }
}
