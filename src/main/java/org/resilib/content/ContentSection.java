package org.resilib.content;

import java.nio.file.Path;
import java.util.List;

/**
 * Another part of content/ that a feature loads with the courses (competency frameworks, surveys ...). Each section
 * loads its own folder idempotently and reports problems with path and line.
 */
public interface ContentSection {

    List<ContentProblem> load(Path contentRoot);
}
