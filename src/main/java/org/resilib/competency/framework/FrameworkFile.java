package org.resilib.competency.framework;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** A framework YAML file as written. */
record FrameworkFile(
        @JsonProperty(required = true) Map<String, String> title,
        @JsonProperty(required = true) List<Framework.Level> levels,
        Framework.Rules rules,
        @JsonProperty(required = true) List<Item> competencies) {

    record Item(@JsonProperty(required = true) String code, String parent,
            @JsonProperty(required = true) Map<String, String> name, Map<String, String> description) {
    }
}
