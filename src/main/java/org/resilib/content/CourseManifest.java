package org.resilib.content;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** course.yaml as written. Validated by {@code folder.CourseFolderReader}, which knows the lines to report. */
public record CourseManifest(
        @JsonProperty(required = true) Map<String, String> title,
        @JsonProperty(required = true) Map<String, String> summary,
        @JsonProperty(required = true) String dimension,
        @JsonProperty(required = true) String audience,
        @JsonProperty(required = true) Integer minutes,
        List<String> competencies,
        Quiz quiz,
        String status,
        String language) {

    public record Quiz(Integer passPercent, Integer attempts, Integer timeLimitMinutes, Boolean shuffle) {
    }
}
