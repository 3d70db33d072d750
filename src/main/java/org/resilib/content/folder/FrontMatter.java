package org.resilib.content.folder;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The YAML block at the top of a module file. */
record FrontMatter(@JsonProperty(required = true) String title, Integer minutes) {
}
