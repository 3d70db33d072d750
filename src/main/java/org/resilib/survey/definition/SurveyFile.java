package org.resilib.survey.definition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A survey as written in {@code content/surveys/<slug>.yaml} (and as stored, validated, in the survey row): texts
 * per language, who may answer, whether answers are anonymous, when it is open, what it follows (one course with
 * {@code course: <slug>}, every course with {@code courses: all}, or live sessions), and its pages of questions.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SurveyFile(
        @JsonProperty(required = true) Map<String, String> title,
        Map<String, String> description,
        @JsonProperty(required = true) String audience,
        Boolean anonymous,
        OffsetDateTime opens,
        OffsetDateTime closes,
        String course,
        String courses,
        Boolean sessions,
        @JsonProperty(required = true) List<Page> pages) {

    /** The value of {@code courses:} that makes a survey follow every course. */
    public static final String ALL_COURSES = "all";

    public boolean isAnonymous() {
        return Boolean.TRUE.equals(anonymous);
    }

    /** A page of questions; its title is optional. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Page(Map<String, String> title, @JsonProperty(required = true) List<Question> questions) {
    }

    /**
     * A question. Which fields apply depends on its type (see {@link QuestionType}): options for choices, dropdowns
     * and rankings ({@code other} adds "other, please specify"), {@code min}/{@code max} for the number of
     * selections of a multiple choice or the range of a number, {@code maxLength} for texts, {@code points} (5 or 7)
     * and {@code statements} for a Likert scale. {@code showIf} shows it only when an earlier choice question has
     * one of the given answers.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Question(
            @JsonProperty(required = true) String id,
            @JsonProperty(required = true) String type,
            @JsonProperty(required = true) Map<String, String> text,
            Map<String, String> help,
            Boolean required,
            List<Option> options,
            Boolean other,
            Double min,
            Double max,
            Integer maxLength,
            Integer points,
            List<Option> statements,
            Condition showIf) {

        public boolean isRequired() {
            return Boolean.TRUE.equals(required);
        }

        public boolean hasOther() {
            return Boolean.TRUE.equals(other);
        }

        public QuestionType kind() {
            return QuestionType.of(type).orElseThrow();
        }

        public List<Option> optionList() {
            return options == null ? List.of() : options;
        }

        public List<Option> statementList() {
            return statements == null ? List.of() : statements;
        }
    }

    /** An option of a choice, or a statement of a Likert matrix: an id and its text per language. */
    public record Option(@JsonProperty(required = true) String id,
            @JsonProperty(required = true) Map<String, String> text) {
    }

    /** Shown when the earlier question {@code question} was answered with any of {@code anyOf} (option ids). */
    public record Condition(@JsonProperty(required = true) String question,
            @JsonProperty(required = true) List<String> anyOf) {
    }
}
