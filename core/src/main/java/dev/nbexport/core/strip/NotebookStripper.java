package dev.nbexport.core.strip;

import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.Policy;
import java.io.IOException;

/** Strips one notebook under a policy (being written). */
public final class NotebookStripper {
    private final Policy policy;

    public NotebookStripper(Policy policy) {
        this.policy = policy;
    }

    public StripResult strip(NotebookSource source) throws IOException {
        throw new UnsupportedOperationException("not yet: " + policy.preset() + source.name());
    }
}
