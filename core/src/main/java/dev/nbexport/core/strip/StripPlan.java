package dev.nbexport.core.strip;

import dev.nbexport.core.notebook.ReadPlan;
import dev.nbexport.core.policy.KeyPath;
import dev.nbexport.core.policy.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a policy lets the reader pass over unread. */
final class StripPlan implements ReadPlan {

    private final Policy policy;
    /** The notebook metadata keys the policy removes, worked out once: the reader asks for every key of every notebook. */
    private final List<String> removedKeys = new ArrayList<>();

    StripPlan(Policy policy) {
        this.policy = policy;
        for (KeyPath path : policy.removedKeys(KeyPath.NOTEBOOK)) {
            removedKeys.add(path.key());
        }
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
        if (removedKeys.contains(key)) {
            return true;
        }
        Optional<List<KeyPath>> allowed = policy.notebookMetadataAllowList();
        if (allowed.isEmpty()) {
            return false;
        }
        for (KeyPath path : allowed.get()) {
            if (AllowList.reaches(path.key(), key)) {
                return false;
            }
        }
        return true;
    }
}
