package dev.nbexport.core.strip;

import dev.nbexport.core.notebook.ReadPlan;
import dev.nbexport.core.policy.KeyPath;
import dev.nbexport.core.policy.Policy;

/** What a policy lets the reader pass over unread. */
final class StripPlan implements ReadPlan {

    private final Policy policy;

    StripPlan(Policy policy) {
        this.policy = policy;
    }

    @Override
    public Handling outputs() {
        return policy.mayKeepOutputs() ? Handling.DEFER : Handling.SKIP;
    }

    @Override
    public boolean skipAttachments() {
        return policy.stripAttachments();
    }

    @Override
    public boolean skipNotebookMetadata(String key) {
        if (key.equals(NotebookOptOuts.KEEP_OUTPUT)) {
            return false;
        }
        boolean removed = policy.removedKeys(KeyPath.NOTEBOOK).stream().anyMatch(path -> path.key().equals(key));
        boolean outsideAllowList = policy.notebookMetadataAllowList()
                .map(allowed -> allowed.stream().noneMatch(path -> AllowList.reaches(path.key(), key)))
                .orElse(false);
        return removed || outsideAllowList;
    }
}
