package org.resilib.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.resilib.content.ContentProblem;

/** Survey files as the loader reads them: problems name the file and the line; the shipped surveys are valid. */
class SurveyLoaderTest {

    static final String GOOD = """
            title: { en: Test survey, zh-CN: 测试问卷 }
            audience: students
            anonymous: true
            pages:
              - questions:
                  - id: role
                    type: single
                    required: true
                    other: true
                    text: { en: "Who are you?" }
                    options:
                      - { id: undergraduate, text: { en: Undergraduate } }
                      - { id: postgraduate, text: { en: Postgraduate } }
              - questions:
                  - id: thesis
                    type: likert
                    points: 5
                    showIf: { question: role, anyOf: [postgraduate] }
                    text: { en: About your thesis }
                    statements:
                      - { id: sources, text: { en: I found the sources I needed } }
                  - id: age
                    type: number
                    min: 15
                    max: 99
                    text: { en: Your age }
            """;

    static List<ContentProblem> parse(String text) {
        List<ContentProblem> problems = new ArrayList<>();
        new SurveyLoader(null).parse(text, "surveys/test.yaml", "test", problems);
        return problems;
    }

    @Test
    void aValidSurveyHasNoProblems() {
        assertThat(parse(GOOD)).isEmpty();
    }

    @Test
    void problemsNameTheLineAndWhatIsWrong() {
        assertThat(parse(GOOD.replace("type: number", "type: slider"))).extracting(p -> p.code() + "@" + p.line())
                .containsExactly("invalid_value@22");
        assertThat(parse(GOOD.replace("anyOf: [postgraduate]", "anyOf: [doctoral]")))
                .extracting(ContentProblem::detail).containsExactly("thesis: showIf: doctoral");
        assertThat(parse(GOOD.replace("question: role", "question: age"))).extracting(ContentProblem::detail)
                .containsExactly("thesis: showIf: age");
        assertThat(parse(GOOD.replace("points: 5", "points: 4"))).extracting(ContentProblem::detail)
                .containsExactly("thesis: points: 4");
        assertThat(parse(GOOD.replace("id: age", "id: role"))).extracting(ContentProblem::code)
                .containsExactly("duplicate_code");
        assertThat(parse(GOOD.replace("min: 15", "min: 150"))).extracting(ContentProblem::detail)
                .containsExactly("age: min > max");
        assertThat(parse(GOOD.replace("audience: students", "audience: staff"))).extracting(p -> p.code() + "@"
                + p.line()).containsExactly("invalid_value@2");
        // Feedback follows one course, every course or sessions; never visitors.
        assertThat(parse(GOOD + "courses: some\n")).extracting(ContentProblem::detail)
                .containsExactly("courses: some (only: all)");
        assertThat(parse(GOOD + "courses: all\ncourse: information-needs\n")).extracting(ContentProblem::detail)
                .containsExactly("course, courses and sessions: one at most");
        assertThat(parse(GOOD.replace("audience: students", "audience: public") + "courses: all\n"))
                .extracting(p -> p.code() + "@" + p.line()).containsExactly("invalid_value@2");
        assertThat(parse(GOOD + "colour: red\n")).extracting(p -> p.code() + "@" + p.line())
                .containsExactly("unknown_key@27");
        assertThat(parse("title: \"unclosed\n")).extracting(ContentProblem::code).containsExactly("yaml_syntax");
        assertThat(parse("")).extracting(ContentProblem::code).containsExactly("empty_file");
        // A condition on a question of the same page would need a script to hide it: refused.
        assertThat(parse(GOOD.replace("""
                      - { id: postgraduate, text: { en: Postgraduate } }
              - questions:
            """, """
                      - { id: postgraduate, text: { en: Postgraduate } }
            """))).extracting(ContentProblem::detail).containsExactly("thesis: showIf: a question of an earlier page");
    }

    @Test
    void theShippedSurveysAreValid() throws Exception {
        Path dir = Path.of("content/surveys");
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            List<ContentProblem> problems = new ArrayList<>();
            new SurveyLoader(null).parse(Files.readString(f), "surveys/" + f.getFileName(),
                    f.getFileName().toString().replace(".yaml", ""), problems);
            assertThat(problems).as(f.toString()).isEmpty();
        }
    }
}
