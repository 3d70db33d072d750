package org.resilib.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GiftParserTest {

    static GiftQuestion one(String gift) {
        GiftParseResult result = GiftParser.parse(gift);
        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).hasSize(1);
        return result.questions().get(0);
    }

    static GiftProblem problem(String gift) {
        GiftParseResult result = GiftParser.parse(gift);
        assertThat(result.questions()).isEmpty();
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0);
    }

    static GiftAnswer choice(String text, double fraction, String feedback) {
        return new GiftAnswer(text, fraction, feedback, null, null, null, null);
    }

    // --- question types ---

    @Test
    void multipleChoice() {
        GiftQuestion q = one("Who's buried in Grant's tomb?{=no one ~Grant ~Jefferson}");
        assertThat(q.type()).isEqualTo(QuestionType.MULTICHOICE);
        assertThat(q.text()).isEqualTo("Who's buried in Grant's tomb?");
        assertThat(q.textAfter()).isEmpty();
        assertThat(q.answers()).containsExactly(choice("no one", 1, ""), choice("Grant", 0, ""),
                choice("Jefferson", 0, ""));
        assertThat(q.pairs()).isEmpty();
        assertThat(q.format()).isEqualTo("moodle");
        assertThat(q.title()).isEmpty();
        assertThat(q.category()).isEmpty();
        assertThat(q.generalFeedback()).isEmpty();
        assertThat(q.line()).isEqualTo(1);
    }

    @Test
    void multipleAnswersWithPositiveAndNegativeWeights() {
        GiftQuestion q = one("Which are primes? {~%50%2 ~%50%3 ~%-100%4 ~%-33.33333%9}");
        assertThat(q.type()).isEqualTo(QuestionType.MULTIANSWER);
        assertThat(q.answers()).extracting(GiftAnswer::text, GiftAnswer::fraction).containsExactly(
                tuple("2", 0.5), tuple("3", 0.5), tuple("4", -1.0), tuple("9", -0.3333333));
    }

    @Test
    void withoutAnEqualsAnswerItIsMultipleAnswerWhateverTheWeights() {
        // Moodle's rule (question/format/gift/format.php): single answer only when the block has an '=' answer.
        assertThat(one("Pick one {~%100%right ~wrong ~also wrong}").type()).isEqualTo(QuestionType.MULTIANSWER);
        assertThat(one("Pick two {~%100%a ~%100%b ~c}").type()).isEqualTo(QuestionType.MULTIANSWER);
        assertThat(one("Pick one {=right ~%100%also right ~wrong}").type()).isEqualTo(QuestionType.MULTICHOICE);
    }

    @Test
    void weightsOnEqualsAnswersGivePartialCredit() {
        GiftQuestion q = one("Jesus Christ was from {=Nazareth#Yes! =%75%Nazereth#Misspelled. =%25%Bethlehem}");
        assertThat(q.type()).isEqualTo(QuestionType.SHORTANSWER);
        assertThat(q.answers()).containsExactly(choice("Nazareth", 1, "Yes!"), choice("Nazereth", 0.75, "Misspelled."),
                choice("Bethlehem", 0.25, ""));

        GiftQuestion mc = one("Best? {=%50%half ~%50%other half ~none}");
        assertThat(mc.type()).isEqualTo(QuestionType.MULTICHOICE);
        assertThat(mc.answers()).extracting(GiftAnswer::fraction).containsExactly(0.5, 0.5, 0.0);
    }

    @Test
    void trueFalseInEveryWriting() {
        Map<String, Boolean> forms = Map.of("{T}", true, "{TRUE}", true, "{F}", false, "{FALSE}", false,
                "{ true }", true);
        forms.forEach((block, isTrue) -> {
            GiftQuestion q = one("The sun is a star. " + block);
            assertThat(q.type()).as(block).isEqualTo(QuestionType.TRUEFALSE);
            assertThat(q.answers()).as(block).containsExactly(choice("true", isTrue ? 1 : 0, ""),
                    choice("false", isTrue ? 0 : 1, ""));
        });
    }

    @Test
    void trueFalseFeedbackFirstForWrongThenForRight() {
        GiftQuestion t = one("1+1=2 {T#No, it is two.#Yes, two.}");
        assertThat(t.text()).isEqualTo("1+1=2");
        assertThat(t.answers()).containsExactly(choice("true", 1, "Yes, two."), choice("false", 0, "No, it is two."));

        GiftQuestion f = one("The moon is a planet. {FALSE#It is a satellite.#Right, a satellite.}");
        assertThat(f.answers()).containsExactly(choice("true", 0, "It is a satellite."),
                choice("false", 1, "Right, a satellite."));

        GiftQuestion onlyWrong = one("Is 2 odd? {F#2 is even.}");
        assertThat(onlyWrong.answers()).containsExactly(choice("true", 0, "2 is even."), choice("false", 1, ""));

        GiftQuestion onlyRight = one("Is 2 even? {T##Well done.}");
        assertThat(onlyRight.answers()).containsExactly(choice("true", 1, "Well done."), choice("false", 0, ""));
    }

    @Test
    void shortAnswerWithSeveralAcceptedAnswers() {
        GiftQuestion q = one("Two plus two is {=four =4 =Four}");
        assertThat(q.type()).isEqualTo(QuestionType.SHORTANSWER);
        assertThat(q.answers()).extracting(GiftAnswer::text).containsExactly("four", "4", "Four");
        assertThat(q.answers()).allMatch(a -> a.fraction() == 1);
    }

    @Test
    void matching() {
        GiftQuestion q = one("Match the capitals. {=Canada -> Ottawa =Italy->Rome =Japan -> Tokyo =-> Paris}");
        assertThat(q.type()).isEqualTo(QuestionType.MATCHING);
        assertThat(q.answers()).isEmpty();
        assertThat(q.pairs()).containsExactly(new MatchPair("Canada", "Ottawa"), new MatchPair("Italy", "Rome"),
                new MatchPair("Japan", "Tokyo"), new MatchPair("", "Paris"));
    }

    @Test
    void numericalWithTolerance() {
        GiftQuestion q = one("What is pi to two places? {#3.14:0.005}");
        assertThat(q.type()).isEqualTo(QuestionType.NUMERICAL);
        assertThat(q.answers()).containsExactly(new GiftAnswer(null, 1, "", 3.14, 0.005, null, null));

        assertThat(one("How many? {#40}").answers()).containsExactly(new GiftAnswer(null, 1, "", 40.0, 0.0, null, null));
        assertThat(one("Below zero {#-2.5e1:1#Close.}").answers())
                .containsExactly(new GiftAnswer(null, 1, "Close.", -25.0, 1.0, null, null));
    }

    @Test
    void numericalRange() {
        assertThat(one("A number from 1 to 5 {#1..5}").answers())
                .containsExactly(new GiftAnswer(null, 1, "", null, null, 1.0, 5.0));
        assertThat(one("A negative range {#-5..-1}").answers())
                .containsExactly(new GiftAnswer(null, 1, "", null, null, -5.0, -1.0));
    }

    @Test
    void numericalWithSeveralWeightedAnswers() {
        GiftQuestion q = one("""
                When was Ulysses S. Grant born? {#
                    =1822:0      # Correct! Full credit.
                    =%50%1822:2  # He was born in 1822. Half credit for being close.
                    =%10%1800..1850
                }""");
        assertThat(q.type()).isEqualTo(QuestionType.NUMERICAL);
        assertThat(q.answers()).containsExactly(
                new GiftAnswer(null, 1, "Correct! Full credit.", 1822.0, 0.0, null, null),
                new GiftAnswer(null, 0.5, "He was born in 1822. Half credit for being close.", 1822.0, 2.0, null, null),
                new GiftAnswer(null, 0.1, "", null, null, 1800.0, 1850.0));

        assertThat(one("Pi? {# =%100%3.14:0 =%50%3.1:0.1 #Close enough.}").answers()).containsExactly(
                new GiftAnswer(null, 1, "", 3.14, 0.0, null, null),
                new GiftAnswer(null, 0.5, "Close enough.", 3.1, 0.1, null, null));
    }

    @Test
    void missingWordKeepsTheTextAfterTheBlock() {
        GiftQuestion q = one("Grant is {~buried =entombed ~living} in Grant's tomb.");
        assertThat(q.type()).isEqualTo(QuestionType.MULTICHOICE);
        assertThat(q.text()).isEqualTo("Grant is");
        assertThat(q.textAfter()).isEqualTo("in Grant's tomb.");

        GiftQuestion atStart = one("{=Two =2} plus two equals four.");
        assertThat(atStart.text()).isEmpty();
        assertThat(atStart.textAfter()).isEqualTo("plus two equals four.");
    }

    @Test
    void essay() {
        GiftQuestion q = one("Write about your favourite book. {}");
        assertThat(q.type()).isEqualTo(QuestionType.ESSAY);
        assertThat(q.answers()).isEmpty();
        assertThat(one("Explain. { ####Mention at least two causes. }").generalFeedback())
                .isEqualTo("Mention at least two causes.");
    }

    @Test
    void descriptionHasNoBraces() {
        GiftQuestion q = one("::Intro::You may not look through the windows during this quiz.");
        assertThat(q.type()).isEqualTo(QuestionType.DESCRIPTION);
        assertThat(q.title()).isEqualTo("Intro");
        assertThat(q.text()).isEqualTo("You may not look through the windows during this quiz.");
        assertThat(q.answers()).isEmpty();
    }

    @Test
    void title() {
        GiftQuestion q = one("::Q1 Capitals:: What is the capital of France? {=Paris ~Lyon}");
        assertThat(q.title()).isEqualTo("Q1 Capitals");
        assertThat(q.text()).isEqualTo("What is the capital of France?");
        assertThat(one("::::Untitled {=a ~b}").title()).isEmpty();
    }

    @Test
    void perAnswerFeedback() {
        GiftQuestion q = one("Between orange and green? {=yellow # right; good! ~red # wrong, it's yellow ~blue}");
        assertThat(q.answers()).containsExactly(choice("yellow", 1, "right; good!"), choice("red", 0,
                "wrong, it's yellow"), choice("blue", 0, ""));
    }

    @Test
    void generalFeedback() {
        assertThat(one("Colour? {=yellow#Yes ~red####Yellow lies between orange and green.}").generalFeedback())
                .isEqualTo("Yellow lies between orange and green.");
        GiftQuestion tf = one("Sky is blue {T#No#Yes####Rayleigh scattering.}");
        assertThat(tf.generalFeedback()).isEqualTo("Rayleigh scattering.");
        assertThat(tf.answers()).containsExactly(choice("true", 1, "Yes"), choice("false", 0, "No"));
        assertThat(one("Pi {#3.14:0.01#Good####Pi is about 3.14159.}").generalFeedback())
                .isEqualTo("Pi is about 3.14159.");
    }

    @Test
    void categoryAppliesToTheQuestionsAfterIt() {
        GiftParseResult result = GiftParser.parse("""
                Before any category {=a ~b}

                $CATEGORY: $course$/top/Geography

                Capital of France? {=Paris ~Rome}

                Capital of Italy? {=Rome ~Paris}

                $CATEGORY:   tops/History\s\s
                Year of the Battle of Hastings? {#1066}
                """);
        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).extracting(GiftQuestion::category, GiftQuestion::line).containsExactly(
                tuple("", 1), tuple("$course$/top/Geography", 5), tuple("$course$/top/Geography", 7),
                tuple("tops/History", 10));
    }

    @Test
    void commentLinesAreIgnoredAndDoNotSplitQuestions() {
        GiftParseResult result = GiftParser.parse("""
                // A quiz about colours
                // second comment line
                ::Q1:: Between orange and green?
                // a comment inside the question
                {
                =yellow
                  // and inside the answers
                ~red
                }

                // the last question
                Sky colour? {=blue ~green} // not a comment: it does not start the line
                """);
        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).hasSize(2);
        GiftQuestion q1 = result.questions().get(0);
        assertThat(q1.line()).isEqualTo(3);
        assertThat(q1.text()).isEqualTo("Between orange and green?");
        assertThat(q1.answers()).extracting(GiftAnswer::text).containsExactly("yellow", "red");
        assertThat(result.questions().get(1).textAfter()).isEqualTo("// not a comment: it does not start the line");
    }

    @Test
    void everyEscapeIsUnescaped() {
        GiftQuestion q = one("::A\\:B\\:::Use \\~, \\=, \\#, \\{, \\}, \\: and \\\\ here\\nand a new line. "
                + "{=a\\=b#x\\#y ~c\\~d#e\\{f\\}g ~h\\:i\\\\j}");
        assertThat(q.title()).isEqualTo("A:B:");
        assertThat(q.text()).isEqualTo("Use ~, =, #, {, }, : and \\ here\nand a new line.");
        assertThat(q.answers()).containsExactly(choice("a=b", 1, "x#y"), choice("c~d", 0, "e{f}g"),
                choice("h:i\\j", 0, ""));
    }

    @Test
    void escapedLineBreakAtTheEdgeIsNotTrimmed() {
        assertThat(one("Stem\\n {=a\\n ~b}").text()).isEqualTo("Stem\n");
        assertThat(one("Stem {=a\\n ~b}").answers().get(0).text()).isEqualTo("a\n");
    }

    @Test
    void otherBackslashesAreKept() {
        assertThat(one("Path C\\:\\Users\\me? {=yes ~no}").text()).isEqualTo("Path C:\\Users\\me?");
    }

    @Test
    void everyFormat() {
        assertThat(one("Plain default {=a ~b}").format()).isEqualTo("moodle");
        for (String format : List.of("moodle", "markdown", "html", "plain")) {
            GiftQuestion q = one("::T::[" + format + "]Some *text* {=a ~b}");
            assertThat(q.format()).isEqualTo(format);
            assertThat(q.text()).isEqualTo("Some *text*");
        }
        assertThat(one("[html]<b>Bold</b> {T}").format()).isEqualTo("html");
        assertThat(one("::T:: [markdown] spaced {T}").text()).isEqualTo("spaced");
    }

    @Test
    void bracketsThatAreNotAFormatWordStayInTheText() {
        assertThat(one("[1] Smith says so. {T}").text()).isEqualTo("[1] Smith says so.");
        assertThat(one("Type? {=[M] -> book =[J] -> journal =[C] -> proceedings}").pairs().get(0).left())
                .isEqualTo("[M]");
    }

    @Test
    void crlfLineEndingsAndAByteOrderMark() {
        GiftParseResult result = GiftParser.parse(
                "\uFEFF// comment\r\n::Q1::First\r\nline {\r\n=yes#good\r\n~no\r\n}\r\n\r\n::Q2::Second {T}\r\n");
        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).extracting(GiftQuestion::title, GiftQuestion::line, GiftQuestion::text)
                .containsExactly(tuple("Q1", 2, "First\nline"), tuple("Q2", 8, "Second"));
        assertThat(result.questions().get(0).answers()).containsExactly(choice("yes", 1, "good"), choice("no", 0, ""));
        assertThat(GiftParser.parse("\uFEFF::Q1::Only {T}").questions().get(0).title()).isEqualTo("Q1");
    }

    @Test
    void aQuestionAndItsAnswersMaySpanSeveralLines() {
        GiftParseResult result = GiftParser.parse("""
                ::Q1::
                What colour is
                the sky?
                {
                    =blue   # right
                    ~green  # wrong
                    ####It scatters blue light.
                }



                ::Q2:: Match {
                =a -> 1
                =b
                  -> 2
                =c -> 3
                }
                """);
        assertThat(result.problems()).isEmpty();
        GiftQuestion q1 = result.questions().get(0);
        assertThat(q1.text()).isEqualTo("What colour is\nthe sky?");
        assertThat(q1.answers()).containsExactly(choice("blue", 1, "right"), choice("green", 0, "wrong"));
        assertThat(q1.generalFeedback()).isEqualTo("It scatters blue light.");
        assertThat(result.questions().get(1).line()).isEqualTo(12);
        assertThat(result.questions().get(1).pairs()).contains(new MatchPair("b", "2"));
    }

    @Test
    void whitespaceAroundAnswersIsTrimmed() {
        GiftQuestion q = one("Q {   =  right answer   #  fine  \t ~\twrong  }");
        assertThat(q.answers()).containsExactly(choice("right answer", 1, "fine"), choice("wrong", 0, ""));
    }

    @Test
    void emptyInputHasNoQuestions() {
        assertThat(GiftParser.parse("").questions()).isEmpty();
        assertThat(GiftParser.parse("\n\n// only a comment\n\n").problems()).isEmpty();
    }

    @Test
    void questionTypeKeys() {
        assertThat(QuestionType.fromKey("multianswer")).contains(QuestionType.MULTIANSWER);
        assertThat(QuestionType.fromKey("nope")).isEmpty();
        assertThat(QuestionType.MATCHING.key()).isEqualTo("matching");
    }

    @Test
    void formatMarkersOnAnswersFeedbacksItemsAndGeneralFeedback() {
        GiftQuestion q = one("[markdown]Colour? {=[html]<b>yellow</b> # [plain]right, <b> is bold ~red #wrong"
                + " ~[moodle]blue ####[html]<i>Rainbow</i>}");
        assertThat(q.answers()).containsExactly(
                new GiftAnswer("<b>yellow</b>", 1, "right, <b> is bold", null, null, null, null, "html", "plain"),
                new GiftAnswer("red", 0, "wrong", null, null, null, null, null, null),
                new GiftAnswer("blue", 0, "", null, null, null, null, "moodle", null));
        assertThat(q.generalFeedback()).isEqualTo("<i>Rainbow</i>");
        assertThat(q.generalFeedbackFormat()).isEqualTo("html");
        // A marker that repeats the question's format is no format of its own.
        assertThat(one("[html]Q {=[html]a ~b}").answers().get(0).format()).isNull();

        GiftQuestion tf = one("Sky {T#[html]<b>No</b>#[markdown]*Yes*}");
        assertThat(tf.answers()).extracting(GiftAnswer::feedback, GiftAnswer::feedbackFormat)
                .containsExactly(tuple("*Yes*", "markdown"), tuple("<b>No</b>", "html"));

        GiftQuestion match = one("Match {=[html]<b>a</b> -> [html]1 =b -> 2 =c -> 3}");
        assertThat(match.pairs().get(0)).isEqualTo(new MatchPair("<b>a</b>", "[html]1", "html"));

        // An accepted short answer or a number keeps only its text, as in Moodle; other brackets are text.
        assertThat(one("Animal? {=[plain]Frog =[D]}").answers()).extracting(GiftAnswer::text, GiftAnswer::format)
                .containsExactly(tuple("Frog", null), tuple("[D]", null));
        assertThat(one("Pi {#[plain]3.14:0.01}").answers().get(0).number()).isEqualTo(3.14);
        assertThat(one("Q {=[A] first ~[b] second}").answers()).extracting(GiftAnswer::text)
                .containsExactly("[A] first", "[b] second");
    }

    @Test
    void matchingPairsWithoutAnItemAreDistractors() {
        GiftQuestion q = one("Match {=a -> 1 =b -> 2 = -> 3 =[html] -> 4}");
        assertThat(q.pairs()).extracting(MatchPair::distractor).containsExactly(false, false, true, true);
        assertThat(q.pairs().get(3)).isEqualTo(new MatchPair("", "4"));
    }

    @Test
    void numericalCatchAllForAnyOtherNumber() {
        GiftQuestion q = one("Number from 1 to 5? {#3:2 ~#[html]<b>Completely</b> wrong}");
        assertThat(q.answers()).containsExactly(new GiftAnswer(null, 1, "", 3.0, 2.0, null, null),
                new GiftAnswer("*", 0, "<b>Completely</b> wrong", null, null, null, null, null, "html"));
        assertThat(q.answers().get(1).matchesAnyNumber()).isTrue();
        assertThat(one("Any {#=2 =%50%* ~}").answers()).extracting(GiftAnswer::text, GiftAnswer::fraction)
                .containsExactly(tuple(null, 1.0), tuple("*", 0.5), tuple("*", 0.0));
    }

    @Test
    void linesKeepTheirIndentation() {
        GiftQuestion q = one("""
                ::Code::[html]<p>Output?</p>
                <pre>
                    if (x) \\{
                        run();
                    \\}
                </pre>
                {}""");
        assertThat(q.text()).isEqualTo("<p>Output?</p>\n<pre>\n    if (x) {\n        run();\n    }\n</pre>");
        assertThat(one("  Indented first line\n  and second {T}").text())
                .isEqualTo("Indented first line\n  and second");
    }

    @Test
    void moodleTagsAndIdNumbersAreRefusedWithTheLineOfTheirComment() {
        GiftParseResult result = GiftParser.parse("""
                // [tag:file] before a blank line belongs to no question

                ::Q1:: Fine {T}

                // A question with tags: [tag:tag] [tag:other-tag].
                // And an idnumber: [id:myid].
                ::Q2:: How are you? {}

                // A bracket that is not a tag: [see page 3]
                ::Q3:: Also fine {F}
                """);
        assertThat(result.questions()).extracting(GiftQuestion::title).containsExactly("Q1", "Q3");
        assertThat(result.problems()).containsExactly(new GiftProblem(5, "Moodle tags and ID numbers"
                + " ('[tag:...]', '[id:...]' in a comment) are not supported; remove them from the comment of this"
                + " question"));
    }

    // --- problems ---

    @Test
    void unclosedAnswerBlockNamesTheLineWhereTheQuestionStarts() {
        GiftParseResult result = GiftParser.parse("Good {T}\n\n\n::Q2::\nBad one {\n=a\n~b\n");
        assertThat(result.questions()).hasSize(1);
        assertThat(result.problems()).extracting(GiftProblem::line).containsExactly(4);
        assertThat(result.problems().get(0).message()).contains("unclosed answer block");
    }

    @Test
    void problemMessages() {
        assertThat(problem("Match {=a -> 1 =b -> 2}").message()).contains("matching needs at least three pairs");
        assertThat(problem("Pick {~a ~b ~c}").message()).isEqualTo("no correct answer");
        assertThat(problem("Type {=%0%a}").message()).isEqualTo("no correct answer");
        assertThat(problem("How many? {#abc}").message()).isEqualTo("invalid number 'abc'");
        assertThat(problem("How many? {#1:x}").message()).isEqualTo("invalid number 'x'");
        assertThat(problem("How many? {#NaN}").message()).isEqualTo("invalid number 'NaN'");
        assertThat(problem("[foo]Hello {T}").message()).startsWith("unknown format [foo]");
        assertThat(problem("::Title without end {T}").message()).contains("title has no closing '::'");
        assertThat(problem("Closing } first {T}").message()).contains("'}' without an opening '{'");
        assertThat(problem("One {T}\nTwo {F}").message()).contains("more than one answer block");
        assertThat(problem("Weight {~%abc%a =b}").message()).isEqualTo("invalid weight '%abc%'");
        assertThat(problem("Weight {~%150%a =b}").message()).contains("outside -100% to 100%");
        assertThat(problem("Weight {~%50 a =b}").message()).contains("has no closing '%'");
        assertThat(problem("Only one {~%100%a}").message()).contains("at least two answers");
        assertThat(problem("Range {#5..1}").message()).contains("minimum above its maximum");
        assertThat(problem("Tolerance {#5:-1}").message()).contains("must not be negative");
        assertThat(problem("Numbers {#}").message()).contains("has no answer");
        assertThat(problem("Numbers {#=3 ~5#other}").message())
                .contains("after '~' a numerical question takes only '#'");
        assertThat(problem("Numbers {#=3 ~#other =4}").message()).contains("must come after every answer");
        assertThat(problem("Numbers {#~#other}").message()).contains("has no answer");
        assertThat(problem("TF {T#a#b#c}").message()).contains("at most two feedbacks");
        assertThat(problem("Say {yes}").message()).contains("unexpected text 'yes' before the first answer");
        assertThat(problem("Pick {=  ~b}").message()).contains("is empty");
        assertThat(problem("::Only a title::").message()).isEqualTo("question has no text");
        assertThat(problem("::T:: {=a ~b}").message()).isEqualTo("question has no text");
        assertThat(problem("Match {=a -> 1 =b -> 2 =c}").message()).contains("'c' has no '->'");
        assertThat(problem("Match {=a -> 1#nice =b -> 2 =c -> 3}").message()).contains("cannot have feedback");
        assertThat(problem("Match {=a -> 1 =b -> =c -> 3}").message()).contains("nothing after '->'");
        assertThat(problem("Match {=a -> 1 = -> 2 = -> 3}").message())
                .isEqualTo("matching needs at least two pairs with an item on the left, found 1"
                        + " ('= -> answer' only adds a choice)");
    }

    @Test
    void aBadQuestionInTheMiddleKeepsTheOthers() {
        GiftParseResult result = GiftParser.parse("""
                $CATEGORY: quiz

                ::Q1:: First {=a ~b}

                ::Q2:: Broken {#abc}

                ::Q3:: Also broken {=a -> 1}

                // comment

                ::Q4:: Last
                {T}
                """);
        assertThat(result.questions()).extracting(GiftQuestion::title, GiftQuestion::line, GiftQuestion::category)
                .containsExactly(tuple("Q1", 3, "quiz"), tuple("Q4", 11, "quiz"));
        assertThat(result.problems()).containsExactly(new GiftProblem(5, "invalid number 'abc'"),
                new GiftProblem(7, "matching needs at least three pairs, found 1"));
    }
}
