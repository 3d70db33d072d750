package org.resilib.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Parse, write and parse again gives the same questions; line numbers are allowed to move. */
class GiftRoundTripTest {

    static List<GiftQuestion> withoutLines(List<GiftQuestion> questions) {
        return questions.stream().map(q -> q.atLine(0)).toList();
    }

    static List<GiftQuestion> parseCleanly(String gift) {
        GiftParseResult result = GiftParser.parse(gift);
        assertThat(result.problems()).as("%s", gift).isEmpty();
        return result.questions();
    }

    static void assertRoundTrip(List<GiftQuestion> questions) {
        String written = GiftWriter.write(questions);
        assertThat(withoutLines(parseCleanly(written))).as("%s", written).isEqualTo(withoutLines(questions));
    }

    @TestFactory
    Stream<DynamicTest> everyStarterQuizParsesAndRoundTrips() throws IOException {
        List<Path> quizzes;
        try (Stream<Path> dirs = Files.list(Path.of("content", "courses"))) {
            quizzes = dirs.map(d -> d.resolve("quiz.gift")).filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(quizzes).isNotEmpty();
        return quizzes.stream().map(quiz -> DynamicTest.dynamicTest(quiz.toString(), () -> {
            List<GiftQuestion> questions = parseCleanly(Files.readString(quiz, StandardCharsets.UTF_8));
            assertThat(questions).hasSizeGreaterThanOrEqualTo(5);
            assertRoundTrip(questions);
        }));
    }

    static final String EVERY_FEATURE = """
            // A synthetic quiz that uses every GIFT feature the parser knows.
            $CATEGORY: $course$/top/Everything

            ::MC::[html]<p>Which colour lies between orange and green?</p> {
              =yellow # right; good!
              ~red # wrong, it's yellow
              ~%-50%blue
              ####Think of the rainbow.
            }

            ::MA:: Which of these are prime? {~%50%2 ~%50%3 ~%-100%4 ~%-33.33333%9#nine is 3\\×3}

            ::Lone hundred:: Pick the right one {~%100%right ~wrong ~%25%half right}

            ::Partial MC:: Closest? {=%50%near ~%50%also near ~far}

            ::TF1:: The sun is a star. {TRUE#It is one.#Correct.####G2V, to be exact.}

            ::TF2:: The moon is a planet. {F}

            $CATEGORY: $course$/top/Everything/Typed

            ::TF3:: 2 is even. {T##Well done.}

            ::SA:: Two plus two is {=four =4 =%50%for#Spelling! ####Basic arithmetic.}

            ::Match::[markdown]Match the *capitals*. {
              =Canada -> Ottawa
              =Italy -> Rome
              =Japan -> Tokyo
              = -> Paris
            }

            ::N1:: Pi to two places? {#3.14:0.005#Close enough.}

            ::N2:: A number from 1 to 5? {#1..5####Any of them.}

            ::N3:: When was Grant born? {#
              =1822:0 # Full credit.
              =%50%1822:2 # Close.
              =%-10%-5..-1
            }

            ::N4:: How many? {#40}

            ::Missing:: Grant is {~buried =entombed ~living} in Grant's tomb.

            {=Two =2} plus two equals four.

            $CATEGORY:

            ::Essay::[plain]Write about a book you like. {####Name the author.}

            Plain essay without a title {}

            ::Intro:: A description: no answers at all.

            ::Escapes \\: \\{all\\}::Text with \\~ \\= \\# \\{ \\} \\: \\\\ and a\\nnew line {
              =a\\=b#x\\#y
              ~c\\~d\\nmore#e\\{f\\}g
              ~C\\:\\\\path
            } after \\{braces\\}

            ::Multi-line::
            First line
            second line
            {
              =yes
              ~no
            }

            [1] Not a format, just a citation. {T}

            [moodle][html] looks like a format but is text. {F}

            [moodle]// starts like a comment {=%100%%20 discount ~none}

            ::Formats::[markdown]Pick *one* {
              =[html]<b>yes</b> # [plain]<right>
              ~no # [html]<i>no</i>
              ~[moodle][html] only looks like a marker
              ####[html]<p>General</p>
            }

            ::TF formats:: Sky is blue {T#[html]<b>No</b>#[markdown]*Yes*####[plain]<see>}

            ::Match formats::[html]Match <b>these</b> {
              =[plain]<a> -> 1
              =[moodle]b -> 2
              = -> 3
              =[markdown] -> 4
            }

            ::Any other number:: From 1 to 5? {#3:2 ~#[html]<b>Completely</b> wrong}

            ::Weighted any:: Two? {#=2 =%50%*#[plain]<close> ~#Wrong}

            ::Accepted markers:: Animal? {=[plain]Frog =[D] =[moodle][html]tag}

            ::Pre::[html]<p>Output?</p>
            <pre>
                if (x) \\{
                    run();
                \\}
            </pre>
            {}
            """;

    @Test
    void syntheticFileWithEveryFeatureRoundTrips() {
        List<GiftQuestion> questions = parseCleanly(EVERY_FEATURE);
        assertThat(questions).hasSizeGreaterThanOrEqualTo(20);
        assertThat(questions).extracting(GiftQuestion::type).contains(QuestionType.values());
        assertThat(questions).extracting(GiftQuestion::format).contains("moodle", "html", "markdown", "plain");
        assertThat(questions).extracting(GiftQuestion::category).contains("", "$course$/top/Everything",
                "$course$/top/Everything/Typed");
        assertRoundTrip(questions);
    }

    @Test
    void writtenGiftIsReadable() {
        GiftQuestion q = new GiftQuestion(1, "c", "T", QuestionType.MULTICHOICE, "moodle", "Pick {one}",
                "", List.of(new GiftAnswer("a", 1, "yes", null, null, null, null),
                        new GiftAnswer("b", 0, "", null, null, null, null)), List.of(), "gen");
        assertThat(GiftWriter.write(List.of(q))).isEqualTo("""
                $CATEGORY: c

                ::T::Pick \\{one\\} {
                =a#yes
                ~b
                ####gen
                }
                """);
    }

    @Test
    void writerKeepsTypesThatDependOnMarkers() {
        List<GiftQuestion> questions = List.of(
                question(QuestionType.MULTICHOICE, choice("a", 1), choice("b", 1)),
                question(QuestionType.MULTICHOICE, choice("a", 0.5), choice("b", 0.5), choice("c", 0)),
                question(QuestionType.MULTIANSWER, choice("a", 0.5), choice("b", 0.5)),
                question(QuestionType.MULTIANSWER, choice("%a", 0), choice("b", 1), choice("c", 1)),
                question(QuestionType.SHORTANSWER, choice("%50%", 1), choice("x", 0.2)),
                question(QuestionType.TRUEFALSE, choice("true", 0, "wrong"), choice("false", 1, "")),
                question(QuestionType.NUMERICAL, new GiftAnswer(null, 0.5, "", -0.001, 1e-9, null, null),
                        new GiftAnswer(null, 1, "", 12345678901.5, 0.0, null, null)));
        assertRoundTrip(questions);
    }

    @Test
    void writerStartsANewCategoryEvenWhenItGoesBackToNone() {
        GiftQuestion a = new GiftQuestion(1, "x", "", QuestionType.ESSAY, "moodle", "A", "", null, null, "");
        GiftQuestion b = new GiftQuestion(1, "", "", QuestionType.ESSAY, "moodle", "B", "", null, null, "");
        assertRoundTrip(List.of(b, a, b));
    }

    static GiftQuestion question(QuestionType type, GiftAnswer... answers) {
        return new GiftQuestion(1, "", "", type, "moodle", "Question", "", List.of(answers), List.of(), "");
    }

    static GiftAnswer choice(String text, double fraction) {
        return choice(text, fraction, "");
    }

    static GiftAnswer choice(String text, double fraction, String feedback) {
        return new GiftAnswer(text, fraction, feedback, null, null, null, null);
    }
}
