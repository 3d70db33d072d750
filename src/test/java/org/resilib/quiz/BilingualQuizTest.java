package org.resilib.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resilib.quiz.QuizResourceTest.value;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;
import org.resilib.content.folder.CourseFolderReader;
import org.resilib.course.Course;

/**
 * A quiz with a translation: each learner reads it in their language (the original, with a note, where a question
 * has no translation), answers in it, and is graded the same way; the review's feedback is in the reader's language.
 */
@QuarkusTest
class BilingualQuizTest {

    static final String ORIGINAL = """
            ::mc::二加二等于几 {=四#答对了 ~五#不对}

            ::sa::法国的首都是 {=巴黎#答对了}

            ::match::请配对 {=猫 -> 动物 =玫瑰 -> 植物 =花岗岩 -> 岩石}

            ::tf::晴天的天空是蓝色的 {T}
            """;

    static final String ENGLISH = """
            ::mc::What is two plus two? {=four#Right. ~five#Not quite.}

            ::sa::The capital of France? {=Paris#Right.}

            ::match::Match the pairs. {=cat -> animal =rose -> plant =granite -> rock}
            """;

    @Inject
    QuizFixtures fixtures;

    @Test
    void eachLearnerTakesTheQuizInTheirLanguageAndIsGradedAlike() {
        Course c = fixtures.course(ORIGINAL, Map.of("en", ENGLISH), null, null, false);
        HttpSession student = HttpSession.newStudent();
        Response started = student.postForm("/courses/" + c.slug + "/quiz?lang=en",
                "/courses/" + c.slug + "/quiz/attempts", Map.of());
        assertThat(started.statusCode()).isEqualTo(303);
        String attemptUrl = started.getHeader("Location").replaceAll("^https?://[^/]+", "");

        String chinese = student.get(attemptUrl + "?lang=zh-CN").asString();
        assertThat(chinese).contains("二加二等于几", "请配对", "动物").doesNotContain("What is two plus two?")
                .doesNotContain("本题暂无你所选语言的版本");

        String english = student.get(attemptUrl + "?lang=en").asString();
        assertThat(english).contains("What is two plus two?", "<span>four</span>", "The capital of France?",
                "Match the pairs.", ">animal</option>", ">plant</option>")
                .doesNotContain("二加二等于几").doesNotContain("动物");
        // The untranslated question: the original, marked as Chinese, with a note in English.
        assertThat(english).contains("晴天的天空是蓝色的", "lang=\"zh-CN\"",
                "This question is not yet available in your language");

        String shown = value(english, "name=\"shown\" value=\"([^\"]+)\"");
        List<String> ids = List.of(shown.split(","));
        String four = value(english, "name=\"q" + ids.get(0) + "\" value=\"(c\\d)\"> <span>four</span>");
        Map<String, String> form = new HashMap<>(Map.of("shown", shown, "q" + ids.get(0), four,
                "q" + ids.get(1), "Paris", "q" + ids.get(3), "true", "action", "submit", "confirm", "yes"));
        Map<String, String> options = new HashMap<>();
        Matcher option = Pattern.compile("<option value=\"(r\\d)\"[^>]*>(\\w+)</option>").matcher(english);
        while (option.find()) {
            options.put(option.group(2), option.group(1));
        }
        Map<String, String> rightOf = Map.of("cat", "animal", "rose", "plant", "granite", "rock");
        Matcher item = Pattern.compile("<label for=\"q" + ids.get(2) + "-(l\\d)\">(\\w+)</label>").matcher(english);
        int items = 0;
        while (item.find()) {
            form.put("q" + ids.get(2) + "." + item.group(1), options.get(rightOf.get(item.group(2))));
            items++;
        }
        assertThat(items).isEqualTo(3);
        student.postForm(attemptUrl + "?lang=en", attemptUrl, form).then().statusCode(303);

        String review = student.get(attemptUrl + "?lang=en").asString();
        assertThat(review).contains("4 of 4 points (100%)", "Right.").doesNotContain("答对了");
        // In Chinese the review is the original's, but a short answer accepted only in English keeps its feedback.
        assertThat(student.get(attemptUrl + "?lang=zh-CN").asString()).contains("二加二等于几", "答对了")
                .doesNotContain("What is two plus two?");
    }

    @Test
    void aShortAnswerInEitherLanguageCounts() {
        Course c = fixtures.course(ORIGINAL, Map.of("en", ENGLISH), null, null, false);
        HttpSession student = HttpSession.newStudent();
        String attemptUrl = student.postForm("/courses/" + c.slug + "/quiz", "/courses/" + c.slug
                + "/quiz/attempts", Map.of()).getHeader("Location").replaceAll("^https?://[^/]+", "");
        String page = student.get(attemptUrl + "?lang=zh-CN").asString();
        String shown = value(page, "name=\"shown\" value=\"([^\"]+)\"");
        List<String> ids = List.of(shown.split(","));
        student.postForm(attemptUrl, attemptUrl, Map.of("shown", shown, "q" + ids.get(1), "paris",
                "action", "submit", "confirm", "yes")).then().statusCode(303);
        assertThat(student.get(attemptUrl + "?lang=en").asString()).contains("1 of 4 points");
    }

    @Test
    void everyStarterQuizHasAnEnglishTranslationThatFits() throws Exception {
        Path courses = Path.of("content", "courses");
        CourseFolderReader reader = new CourseFolderReader(Path.of("content"));
        int checked = 0;
        try (Stream<Path> folders = Files.list(courses)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                if (!Files.exists(folder.resolve("quiz.gift"))) {
                    continue;
                }
                assertThat(folder.resolve("quiz.en.gift")).as(folder + " has an English quiz").exists();
                CourseFolderReader.Result r = reader.read(folder);
                assertThat(r.problems()).as(folder.toString()).isEmpty();
                assertThat(r.warnings()).as(folder.toString()).isEmpty();
                assertThat(r.course().quizTranslations()).containsOnlyKeys("en");
                checked++;
            }
        }
        assertThat(checked).isEqualTo(10);
    }
}
