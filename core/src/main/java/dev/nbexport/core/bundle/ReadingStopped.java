package dev.nbexport.core.bundle;

import java.io.IOException;

/**
 * Ends the reading of a bundle at the first sign of a bomb; the finding that says why is already
 * recorded. A library may wrap it in an exception of its own, so readers also ask the
 * {@link ExpansionBudget} whether it stopped.
 */
final class ReadingStopped extends IOException {

    private static final long serialVersionUID = 1L;

    ReadingStopped() {
        super("reading stopped", null);
    }
}
