package org.resilib.content.reload;

import java.time.Instant;
import java.util.List;
import org.resilib.content.ContentProblem;

/** What one content reload did: course slugs per outcome, and the files it rejected. */
public record ReloadResult(Instant at, List<String> loaded, List<String> updated, List<String> unchanged,
        List<String> archived, List<ContentProblem> rejected) {

    public boolean clean() {
        return rejected.isEmpty();
    }
}
