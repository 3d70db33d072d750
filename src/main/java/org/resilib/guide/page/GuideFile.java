package org.resilib.guide.page;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** {@code guide.yaml}: the guide's texts, whether it is the emergency guide, its status and base language. */
record GuideFile(@JsonProperty(required = true) Map<String, String> title, Map<String, String> summary,
        Boolean emergency, String status, String language) {
}
