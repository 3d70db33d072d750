package org.resilib.guide.page;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** The front matter of a section file: its title, the live list below it, or that it is an FAQ. */
record SectionFront(@JsonProperty(required = true) String title, Map<String, String> embed, Boolean faq) {
}
