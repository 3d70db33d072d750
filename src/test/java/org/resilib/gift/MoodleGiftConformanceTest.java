package org.resilib.gift;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.resilib.quiz.bank.QuestionContent;
import org.resilib.quiz.grading.AttemptLayout;
import org.resilib.quiz.grading.Grade;
import org.resilib.quiz.grading.QuizScoring;

/**
 * Moodle's own GIFT cases, read by Resilib's parser and graded by its scoring as Moodle would grade them.
 *
 * <p>The inputs and the expected questions come from Moodle's {@code question/format/gift/tests/giftformat_test.php}
 * (moodle/moodle, GPL v3 or later; the GIFT inputs are short snippets, quoted as test data): each import case gives a
 * GIFT text and the question Moodle reads from it; each export case gives a question and the GIFT text Moodle writes
 * for it. Resilib's names for Moodle's: qtype "match" is MATCHING, "multichoice" with single = 0 is MULTIANSWER; a
 * format Moodle gives a piece of text that equals the question text's format is null here (inherited), and so is the
 * format of an empty text.
 *
 * <p>Import cases: the text parses to exactly the expected question, and responses score what Moodle would score.
 * Export cases: Moodle's written text reads back as the question it was written from, and so does what
 * {@link GiftWriter} writes for that question. Moodle runs test_import_multichoice once for each answer-numbering
 * style of its site settings; the GIFT text is the same in all six, and Resilib does not number choices, so it runs
 * once here. Tags and ID numbers ({@code [tag:...]}, {@code [id:...]} in a question's comment) are deliberately not
 * supported: the parser refuses such a question with a problem on the comment's line, and those two cases assert it.
 */
class MoodleGiftConformanceTest {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A response in words (a choice's text, the pairs to match...) and what Moodle gives for it. */
    record Response(Object given, Double points, String feedback) {
    }

    record ImportCase(String name, String gift, GiftQuestion expected, List<Response> responses) {
        @Override
        public String toString() {
            return name;
        }
    }

    record ExportCase(String name, GiftQuestion question, String moodleGift, List<Response> responses) {
        @Override
        public String toString() {
            return name;
        }
    }

    record RefusedCase(String name, String gift, GiftProblem problem) {
        @Override
        public String toString() {
            return name;
        }
    }

    // --- the questions of Moodle's cases --------------------------------------------------------------------------

    static final String SPECTRUM = "What's between orange and green in the spectrum?";

    static GiftQuestion question(String title, QuestionType type, String format, String text, List<GiftAnswer> answers,
            List<MatchPair> pairs, String generalFeedback, String generalFeedbackFormat) {
        return new GiftQuestion(0, "", title, type, format, text, "", answers, pairs, generalFeedback,
                generalFeedbackFormat);
    }

    static GiftQuestion question(String title, QuestionType type, String text, GiftAnswer... answers) {
        return question(title, type, "moodle", text, List.of(answers), List.of(), "", null);
    }

    static GiftAnswer answer(String text, double fraction, String feedback) {
        return new GiftAnswer(text, fraction, feedback, null, null, null, null);
    }

    static GiftAnswer answer(String text, String format, double fraction, String feedback, String feedbackFormat) {
        return new GiftAnswer(text, fraction, feedback, null, null, null, null, format, feedbackFormat);
    }

    static GiftQuestion essay(String title, String format, String text) {
        return question(title, QuestionType.ESSAY, format, text, List.of(), List.of(), "", null);
    }

    static final String MATCH_GIFT = """

            // question: 2  name: Moodle activities
            ::Moodle activities::[html]Match the <b>activity</b> to the description.{
                =[html]An activity supporting asynchronous discussions. -> Forum
                =[moodle]A teacher asks a question and specifies a choice of multiple responses. -> Choice
                =[plain]A bank of record entries which participants can add to. -> Database
                =[markdown]A collection of web pages that anyone can add to or edit. -> Wiki
                = -> Chat
            }""";

    static final GiftQuestion MATCH = question("Moodle activities", QuestionType.MATCHING, "html",
            "Match the <b>activity</b> to the description.", List.of(), List.of(
                    new MatchPair("An activity supporting asynchronous discussions.", "Forum", null),
                    new MatchPair("A teacher asks a question and specifies a choice of multiple responses.", "Choice",
                            "moodle"),
                    new MatchPair("A bank of record entries which participants can add to.", "Database", "plain"),
                    new MatchPair("A collection of web pages that anyone can add to or edit.", "Wiki", "markdown"),
                    new MatchPair("", "Chat", null)),
            "", null);

    static final List<Response> MATCH_RESPONSES = List.of(
            new Response(Map.of("An activity supporting asynchronous discussions.", "Forum",
                    "A teacher asks a question and specifies a choice of multiple responses.", "Choice",
                    "A bank of record entries which participants can add to.", "Database",
                    "A collection of web pages that anyone can add to or edit.", "Wiki"), 1.0, ""),
            // The distractor "Chat" is offered, but it is nobody's answer.
            new Response(Map.of("An activity supporting asynchronous discussions.", "Chat",
                    "A teacher asks a question and specifies a choice of multiple responses.", "Choice",
                    "A bank of record entries which participants can add to.", "Database",
                    "A collection of web pages that anyone can add to or edit.", "Wiki"), 0.75, ""),
            new Response(Map.of("An activity supporting asynchronous discussions.", "Forum"), 0.25, ""));

    static final GiftQuestion MULTICHOICE = question("Q2", QuestionType.MULTICHOICE, SPECTRUM,
            answer("yellow", 1, "right; good!"),
            answer("red", null, 0, "wrong, it's yellow", "html"),
            answer("blue", "plain", 0, "wrong, it's yellow", null));

    static final List<Response> MULTICHOICE_RESPONSES = List.of(
            new Response("yellow", 1.0, "right; good!"),
            new Response("red", 0.0, "wrong, it&#39;s yellow"),
            new Response("blue", 0.0, "wrong, it&#39;s yellow"));

    static final GiftQuestion MULTI = question("colours", QuestionType.MULTIANSWER, SPECTRUM,
            answer("yellow", 0.5, "right; good!"),
            answer("red", null, -1, "wrong", "html"),
            answer("off-beige", 0.5, "right; good!"),
            answer("blue", "plain", -1, "wrong", null));

    static final GiftQuestion TRICKY = question("colours", QuestionType.MULTIANSWER, SPECTRUM,
            answer("yellow", 1, "right; good!"), answer("red", -0.5, "wrong"), answer("blue", -0.5, "wrong"));

    static final List<Response> TRICKY_RESPONSES = List.of(
            new Response(List.of("yellow"), 1.0, "right; good!"),
            new Response(List.of("yellow", "red"), 0.5, "right; good! wrong"),
            new Response(List.of("red", "blue"), 0.0, "wrong wrong"));

    static final GiftQuestion NUMERICAL = question("Q5", QuestionType.NUMERICAL, "What is a number from 1 to 5?",
            new GiftAnswer(null, 1, "", 3.0, 2.0, null, null),
            answer("*", 0, "Completely wrong"));

    static final List<Response> NUMERICAL_RESPONSES = List.of(
            new Response(3, 1.0, ""), new Response(1, 1.0, ""), new Response(5, 1.0, ""),
            new Response(5.5, 0.0, "Completely wrong"), new Response(-40, 0.0, "Completely wrong"));

    static GiftQuestion shortAnswer(String generalFeedback, String generalFeedbackFormat) {
        return question("Shortanswer", QuestionType.SHORTANSWER, "moodle", "Which is the best animal?", List.of(
                answer("Frog", 1, "Good!"),
                answer("Cat", 0.5, "What is it with Moodlers and cats?"),
                answer("*", 0, "Completely wrong")), List.of(), generalFeedback, generalFeedbackFormat);
    }

    static List<Response> shortAnswerResponses(String general) {
        String after = general.isEmpty() ? "" : " " + general;
        return List.of(new Response("Frog", 1.0, "Good!" + after), new Response(" frog ", 1.0, "Good!" + after),
                new Response("cat", 0.5, "What is it with Moodlers and cats?" + after),
                new Response("Dog", 0.0, "Completely wrong" + after));
    }

    static GiftQuestion trueFalse(String title, String text, boolean correct, String ifTrue, String ifFalse) {
        return question(title, QuestionType.TRUEFALSE, text, answer("true", correct ? 1 : 0, ifTrue),
                answer("false", correct ? 0 : 1, ifFalse));
    }

    static final GiftQuestion TRUEFALSE = trueFalse("Q1", "42 is the Absolute Answer to everything.", false,
            "42 is the Ultimate Answer.", "You gave the right answer.");

    static final GiftQuestion TSL = trueFalse("2-08 TSL", "TSL is blablabla.", true, "", "");

    static final List<Response> TSL_RESPONSES = List.of(new Response(true, 1.0, ""), new Response(false, 0.0, ""));

    static final List<Response> WAITS = List.of(new Response("Fine, thanks.", null, ""));

    static final String PRE = """
            <p>What would running the test method print?</p>
            <pre>
                public void test() {
                    method1();
                    method2();
                    method3();
                }
            </pre>""";

    // --- Moodle's import cases ------------------------------------------------------------------------------------

    static Stream<ImportCase> importCases() {
        return Stream.of(
                new ImportCase("test_import_essay", """

                        // essay
                        ::Q8:: How are you? {}""", essay("Q8", "moodle", "How are you?"), WAITS),
                new ImportCase("test_import_match", MATCH_GIFT, MATCH, MATCH_RESPONSES),
                new ImportCase("test_import_multichoice", """

                        // multiple choice with specified feedback for right and wrong answers
                        ::Q2:: What's between orange and green in the spectrum?
                        {
                            =yellow # right; good!
                            ~red # [html]wrong, it's yellow
                            ~[plain]blue # wrong, it's yellow
                        }""", MULTICHOICE, MULTICHOICE_RESPONSES),
                new ImportCase("test_import_multichoice_multi", """

                        // multiple choice, multiple response with specified feedback for right and wrong answers
                        ::colours:: What's between orange and green in the spectrum?
                        {
                            ~%50%yellow # right; good!
                            ~%-100%red # [html]wrong
                            ~%50%off-beige # right; good!
                            ~%-100%[plain]blue # wrong
                        }""", MULTI, List.of(
                                new Response(List.of("yellow", "off-beige"), 1.0, "right; good! right; good!"),
                                new Response(List.of("off-beige"), 0.5, "right; good!"),
                                new Response(List.of("yellow", "red"), 0.0, "right; good! wrong"),
                                new Response(List.of("yellow", "red", "off-beige", "blue"), 0.0,
                                        "right; good! wrong right; good! wrong"))),
                new ImportCase("test_import_multichoice_multi_tricky", """

                        // multiple choice, multiple response with specified feedback for right and wrong answers
                        ::colours:: What's between orange and green in the spectrum?
                        {
                            ~%100%yellow # right; good!
                            ~%-50%red # wrong
                            ~%-50%blue # wrong
                        }""", TRICKY, TRICKY_RESPONSES),
                new ImportCase("test_import_numerical", """

                        // math range question
                        ::Q5:: What is a number from 1 to 5? {#3:2~#Completely wrong}""", NUMERICAL,
                        NUMERICAL_RESPONSES),
                new ImportCase("test_import_shortanswer", """

                        // question: 666  name: Shortanswer
                        ::Shortanswer::Which is the best animal?{
                            =Frog#Good!
                            =%50%Cat#What is it with Moodlers and cats?
                            =%0%*#Completely wrong
                        }""", shortAnswer("", null), shortAnswerResponses("")),
                new ImportCase("test_import_shortanswer_with_general_feedback", """

                        // question: 666  name: Shortanswer
                        ::Shortanswer::Which is the best animal?{
                            =Frog#Good!
                            =%50%Cat#What is it with Moodlers and cats?
                            =%0%*#Completely wrong
                            ####[html]Here is some general feedback!
                        }""", shortAnswer("Here is some general feedback!", "html"),
                        shortAnswerResponses("Here is some general feedback!")),
                new ImportCase("test_import_truefalse", """

                        // true/false
                        ::Q1:: 42 is the Absolute Answer to everything.{
                        FALSE#42 is the Ultimate Answer.#You gave the right answer.}""", TRUEFALSE, List.of(
                                new Response(false, 1.0, "You gave the right answer."),
                                new Response(true, 0.0, "42 is the Ultimate Answer."))),
                new ImportCase("test_import_truefalse_true_answer1", """
                        // name 0-11
                        ::2-08 TSL::TSL is blablabla.{T}""", TSL, TSL_RESPONSES),
                new ImportCase("test_import_truefalse_true_answer2", """
                        // name 0-11
                        ::2-08 TSL::TSL is blablabla.{TRUE}""", TSL, TSL_RESPONSES),
                new ImportCase("test_import_backslash", """

                        // essay
                        ::double backslash:: A \\\\ B \\\\\\\\ C{}""", essay("double backslash", "moodle",
                        "A \\ B \\\\ C"), WAITS),
                new ImportCase("test_import_pre_content", """

                        ::Q001::[html]<p>What would running the test method print?</p>
                        <pre>
                            public void test() \\{
                                method1();
                                method2();
                                method3();
                            \\}
                        </pre>
                        {}""", essay("Q001", "html", PRE), WAITS));
    }

    // --- Moodle's export cases: the question it writes, and what it writes -----------------------------------------

    static Stream<ExportCase> exportCases() {
        return Stream.of(
                new ExportCase("test_export_essay", essay("Q8", "moodle", "How are you?"), """
                        // question: 666  name: Q8
                        ::Q8::How are you?{}

                        """, WAITS),
                new ExportCase("test_export_match", question("Moodle activities", QuestionType.MATCHING, "html",
                        "Match the <b>activity</b> to the description.", List.of(), List.of(
                                new MatchPair("<div class=\"frog\">An activity supporting asynchronous discussions."
                                        + "</div>", "Forum", "html"),
                                new MatchPair(MATCH.pairs().get(1).left(), "Choice", "moodle"),
                                new MatchPair(MATCH.pairs().get(2).left(), "Database", "plain"),
                                new MatchPair(MATCH.pairs().get(3).left(), "Wiki", "markdown"),
                                new MatchPair("", "Chat", "markdown")), "", null), """
                        // question: 666  name: Moodle activities
                        ::Moodle activities::[html]Match the <b>activity</b> to the description.{
                        \t=<div class\\="frog">An activity supporting asynchronous discussions.</div> -> Forum
                        \t=[moodle]A teacher asks a question and specifies a choice of multiple responses. -> Choice
                        \t=[plain]A bank of record entries which participants can add to. -> Database
                        \t=[markdown]A collection of web pages that anyone can add to or edit. -> Wiki
                        \t= -> Chat
                        }

                        """, List.of(new Response(Map.of("A teacher asks a question and specifies a choice of"
                        + " multiple responses.", "Choice"), 0.25, ""))),
                new ExportCase("test_export_multichoice", question("Q8", QuestionType.MULTICHOICE, SPECTRUM,
                        answer("yellow", 1, "right; good!"), answer("red", null, 0, "wrong, it's yellow", "html"),
                        answer("blue", "plain", 0, "wrong, it's yellow", null)), """
                        // question: 666  name: Q8
                        ::Q8::What's between orange and green in the spectrum?{
                        \t=yellow#right; good!
                        \t~red#[html]wrong, it's yellow
                        \t~[plain]blue#wrong, it's yellow
                        }

                        """, MULTICHOICE_RESPONSES),
                new ExportCase("test_export_multichoice_multi_tricky", question("Q8", QuestionType.MULTIANSWER,
                        SPECTRUM, answer("yellow", 1, "right; good!"), answer("red", -0.5, "wrong, it's yellow"),
                        answer("blue", -0.5, "wrong, it's yellow")), """
                        // question: 666  name: Q8
                        ::Q8::What's between orange and green in the spectrum?{
                        \t~%100%yellow#right; good!
                        \t~%-50%red#wrong, it's yellow
                        \t~%-50%blue#wrong, it's yellow
                        }

                        """, List.of(new Response(List.of("yellow", "blue"), 0.5,
                        "right; good! wrong, it&#39;s yellow"))),
                new ExportCase("test_export_numerical", NUMERICAL, """
                        // question: 666  name: Q5
                        ::Q5::What is a number from 1 to 5?{#
                        \t=%100%3:2#
                        \t~#Completely wrong
                        }

                        """, NUMERICAL_RESPONSES),
                new ExportCase("test_export_shortanswer", shortAnswer("", null), """
                        // question: 666  name: Shortanswer
                        ::Shortanswer::Which is the best animal?{
                        \t=%100%Frog#Good!
                        \t=%50%Cat#What is it with Moodlers and cats?
                        \t=%0%*#Completely wrong
                        }

                        """, shortAnswerResponses("")),
                new ExportCase("test_export_shortanswer_with_general_feedback",
                        shortAnswer("Here is some general feedback!", "html"), """
                        // question: 666  name: Shortanswer
                        ::Shortanswer::Which is the best animal?{
                        \t=%100%Frog#Good!
                        \t=%50%Cat#What is it with Moodlers and cats?
                        \t=%0%*#Completely wrong
                        \t####[html]Here is some general feedback!
                        }

                        """, shortAnswerResponses("Here is some general feedback!")),
                new ExportCase("test_export_truefalse", question("Q1", QuestionType.TRUEFALSE,
                        "42 is the Absolute Answer to everything.", answer("true", 1, "You gave the right answer."),
                        answer("false", null, 0, "42 is the Ultimate Answer.", "html")), """
                        // question: 666  name: Q1
                        ::Q1::42 is the Absolute Answer to everything.{TRUE#[html]42 is the Ultimate Answer.#You gave\
                         the right answer.}

                        """, List.of(new Response(true, 1.0, "You gave the right answer."),
                        new Response(false, 0.0, "42 is the Ultimate Answer."))),
                new ExportCase("test_export_backslash", essay("backslash", "moodle", "A \\ B \\\\ C"), """
                        // question: 666  name: backslash
                        ::backslash::A \\\\ B \\\\\\\\ C{}

                        """, WAITS));
    }

    // --- what Resilib deliberately does not support ---------------------------------------------------------------

    static Stream<RefusedCase> refusedCases() {
        String tagsNotSupported = "Moodle tags and ID numbers ('[tag:...]', '[id:...]' in a comment) are not"
                + " supported; remove them from the comment of this question";
        return Stream.of(
                new RefusedCase("test_import_question_with_tags", """

                        // This question is to test importing tags: [tag:tag] [tag:other-tag].
                        // And an idnumber: [id:myid].
                        ::Question name:: How are you? {}""", new GiftProblem(2, tagsNotSupported)),
                new RefusedCase("test_export_question_with_tags_and_idnumber", """
                        // question: 1  name: True/false question
                        // [id:myid] [tag:tag1] [tag:tag2]
                        ::True/false question::[html]The answer is true.{TRUE#This is the wrong answer.#This is the\
                         right answer.####You should have selected true.}

                        """, new GiftProblem(2, tagsNotSupported)));
    }

    // --- the tests ------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("importCases")
    void importReadsWhatMoodleReads(ImportCase c) {
        GiftQuestion q = parseOne(c.gift());
        assertThat(q.atLine(0)).isEqualTo(c.expected());
        assertGrades(q, c.responses());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exportCases")
    void exportReadsBackAsTheQuestionMoodleWrote(ExportCase c) {
        assertThat(parseOne(c.moodleGift()).atLine(0)).as("Moodle's text").isEqualTo(c.question());
        String written = GiftWriter.write(List.of(c.question()));
        assertThat(parseOne(written).atLine(0)).as("written: %s", written).isEqualTo(c.question());
        assertGrades(parseOne(c.moodleGift()), c.responses());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedCases")
    void unsupportedFeaturesAreRefusedOnTheirLine(RefusedCase c) {
        GiftParseResult result = GiftParser.parse(c.gift());
        assertThat(result.questions()).isEmpty();
        assertThat(result.problems()).containsExactly(c.problem());
    }

    @Test
    void aMatchingDistractorIsOfferedAmongTheChoicesButIsNoItem() {
        QuestionContent content = QuestionContent.of(0, parseOne(MATCH_GIFT));
        AttemptLayout layout = AttemptLayout.create(content, true, new Random(7));
        assertThat(layout.choiceOrder()).containsExactlyInAnyOrder(0, 1, 2, 3);
        assertThat(layout.rightOrder()).containsExactlyInAnyOrder("Forum", "Choice", "Database", "Wiki", "Chat");
    }

    static GiftQuestion parseOne(String gift) {
        GiftParseResult result = GiftParser.parse(gift);
        assertThat(result.problems()).as("%s", gift).isEmpty();
        assertThat(result.questions()).as("%s", gift).hasSize(1);
        return result.questions().get(0);
    }

    static void assertGrades(GiftQuestion q, List<Response> responses) {
        QuestionContent content = QuestionContent.of(1, q);
        AttemptLayout layout = AttemptLayout.create(content, false, new Random(7));
        assertThat(responses).isNotEmpty();
        for (Response r : responses) {
            Grade grade = QuizScoring.grade(content, layout, response(content, layout, r.given()));
            assertThat(grade.points()).as("points for %s", r.given()).isEqualTo(r.points());
            assertThat(grade.maxPoints()).isEqualTo(1.0);
            assertThat(grade.correct()).as("correct for %s", r.given())
                    .isEqualTo(r.points() == null ? null : r.points() >= 1.0);
            assertThat(grade.feedback()).as("feedback for %s", r.given()).isEqualTo(r.feedback());
        }
    }

    /** The response a learner sends, with the ids the layout shows, for a response in words. */
    static JsonNode response(QuestionContent q, AttemptLayout layout, Object given) {
        return switch (q.type()) {
            case MULTICHOICE -> JSON.getNodeFactory().textNode(choiceId(q, layout, (String) given));
            case MULTIANSWER -> {
                ArrayNode ids = JSON.createArrayNode();
                ((List<?>) given).forEach(text -> ids.add(choiceId(q, layout, (String) text)));
                yield ids;
            }
            case MATCHING -> {
                ObjectNode pairs = JSON.createObjectNode();
                ((Map<?, ?>) given).forEach((left, right) -> {
                    int item = -1;
                    for (int i = 0; i < q.pairs().size(); i++) {
                        item = q.pairs().get(i).left().equals(left) ? i : item;
                    }
                    pairs.put(layout.leftId(item), "r" + layout.rightOrder().indexOf((String) right));
                });
                yield pairs;
            }
            default -> JSON.valueToTree(given);
        };
    }

    static String choiceId(QuestionContent q, AttemptLayout layout, String text) {
        for (int pos = 0; pos < layout.choiceOrder().size(); pos++) {
            if (q.answers().get(layout.choiceOrder().get(pos)).text().equals(text)) {
                return "c" + pos;
            }
        }
        throw new IllegalArgumentException("no choice " + text);
    }
}
