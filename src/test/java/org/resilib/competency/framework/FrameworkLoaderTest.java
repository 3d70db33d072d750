package org.resilib.competency.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resilib.content.ContentProblem;

class FrameworkLoaderTest {

    static final String GOOD = """
            title: { en: Test }
            levels:
              - level: 1
                name: { en: Aware }
              - level: 2
                name: { en: Proficient }
                proficient: true
            rules:
              courseCompleted: 1
            competencies:
              - code: T
                name: { en: Top }
              - code: T.ONE
                parent: T
                name: { en: One }
            """;

    List<ContentProblem> parse(String text) {
        List<ContentProblem> problems = new ArrayList<>();
        new FrameworkLoader().parse(text, "competencies/test.yaml", "test", problems, new HashSet<>());
        return problems;
    }

    @Test
    void aValidFrameworkHasNoProblems() {
        assertThat(parse(GOOD)).isEmpty();
    }

    @Test
    void problemsNameTheLine() {
        assertThat(parse(GOOD.replace("parent: T", "parent: X"))).extracting(p -> p.code() + "@" + p.line())
                .containsExactly("unknown_parent@14");
        assertThat(parse(GOOD.replace("- code: T.ONE", "- code: t.one"))).extracting(ContentProblem::code)
                .containsExactly("invalid_value");
        assertThat(parse(GOOD.replace("courseCompleted: 1", "courseCompleted: 7"))).extracting(ContentProblem::code)
                .containsExactly("invalid_value");
        assertThat(parse(GOOD.replace("    proficient: true\n", ""))).extracting(ContentProblem::code)
                .containsExactly("missing_key");
        assertThat(parse(GOOD + "colour: red\n")).extracting(p -> p.code() + "@" + p.line())
                .containsExactly("unknown_key@16");
        assertThat(parse("title: \"unclosed\n")).extracting(ContentProblem::code).containsExactly("yaml_syntax");
    }

    @Test
    void theShippedFrameworksAreValid() throws Exception {
        List<ContentProblem> problems = new ArrayList<>();
        HashSet<String> seen = new HashSet<>();
        for (String slug : List.of("new-media-service", "information-literacy")) {
            new FrameworkLoader().parse(Files.readString(Path.of("content/competencies", slug + ".yaml")),
                    slug + ".yaml", slug, problems, seen);
        }
        assertThat(problems).isEmpty();
        assertThat(seen).contains("NM.VIDEO", "NM.SLIDES", "NM.WECHAT", "NM.INFO.CREATE", "NM.INFO.MINE",
                "NM.INFO.INTEGRATE", "NM.SERVICE.PERSONAL", "NM.SERVICE.COMMUNICATION", "NM.SERVICE.TEAMWORK",
                "IL.AWARENESS", "IL.ABILITY", "IL.ETHICS");
    }
}
