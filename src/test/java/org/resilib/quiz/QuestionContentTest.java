package org.resilib.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.resilib.gift.GiftParser;
import org.resilib.gift.GiftQuestion;
import org.resilib.quiz.bank.AnswerData;
import org.resilib.quiz.bank.PairData;
import org.resilib.quiz.bank.QuestionContent;
import org.resilib.quiz.grading.AttemptLayout;
import org.resilib.quiz.grading.Grade;
import org.resilib.quiz.grading.QuizScoring;
import org.resilib.quiz.grading.ResponseShape;
import org.resilib.web.DomainException;

/** How a question's texts are shown: each piece in its own GIFT format, and matching distractors as choices only. */
class QuestionContentTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static QuestionContent content(String gift) {
        return QuestionContent.of(1, GiftParser.parse(gift).questions().get(0));
    }

    static QuizViews.Slot slot(QuestionContent q, boolean review) {
        return slot(q, AttemptLayout.create(q, false, new Random(3)), review);
    }

    static QuizViews.Slot slot(QuestionContent q, AttemptLayout layout, boolean review) {
        AttemptQuestion aq = new AttemptQuestion();
        aq.choiceOrder = layout.choiceOrder();
        aq.rightOrder = layout.rightOrder();
        aq.maxPoints = BigDecimal.ONE;
        aq.feedback = "<b>Good</b> <script>alert(1)</script>";
        return AttemptViews.slot(aq, q, 1, review);
    }

    @Test
    void answersAndFeedbacksAreShownInTheFormatTheirMarkerGives() {
        QuestionContent q = content("[markdown]Pick *one* {=[html]<b>yes</b>#[plain]<b> means bold"
                + " ~*no*#[html]<i>no</i> ~[plain]<b>x</b> ####[html]<p onclick=\"x()\">General</p>}");
        assertThat(q.textHtml()).isEqualTo("<p>Pick <em>one</em></p>\n");
        assertThat(slot(q, false).choices()).extracting(QuizViews.Choice::text).containsExactly("<b>yes</b>",
                "<p><em>no</em></p>\n", "&lt;b&gt;x&lt;/b&gt;");
        assertThat(q.feedbackHtml(q.answers().get(0))).isEqualTo("&lt;b&gt; means bold");
        assertThat(q.feedbackHtml(q.answers().get(1))).isEqualTo("<i>no</i>");
        assertThat(q.generalFeedbackHtml()).isEqualTo("<p>General</p>");

        var graded = QuizScoring.grade(q, AttemptLayout.create(q, false, new Random(3)), JSON.valueToTree("c1"));
        assertThat(graded.feedback()).isEqualTo("<i>no</i> <p>General</p>");
    }

    @Test
    void htmlKeepsItsLinesAndIndentationAndMoodleFormatBreaksLines() {
        QuestionContent pre = content("[html]<pre>\n    indented\n        more\n</pre> {}");
        assertThat(pre.textHtml()).isEqualTo("<pre>\n    indented\n        more\n</pre>");
        assertThat(content("First\nsecond {T}").textHtml()).isEqualTo("First<br />second");
    }

    @Test
    void aMatchingDistractorIsAChoiceButNeitherAnItemNorGraded() {
        QuestionContent q = content("Match {=cat -> animal =rose -> plant = -> rock}");
        QuizViews.Slot slot = slot(q, true);
        assertThat(slot.left()).extracting(QuizViews.Choice::text).containsExactly("cat", "rose");
        assertThat(slot.right()).extracting(QuizViews.Choice::text)
                .containsExactlyInAnyOrder("animal", "plant", "rock");
        assertThat(slot.review().rightAnswer()).isEqualTo("cat → animal; rose → plant");

        AttemptLayout layout = AttemptLayout.create(q, false, new Random(3));
        String animal = "r" + layout.rightOrder().indexOf("animal");
        String plant = "r" + layout.rightOrder().indexOf("plant");
        assertThat(QuizScoring.grade(q, layout, JSON.createObjectNode().put("l0", animal).put("l1", plant)).points())
                .isEqualTo(1.0);
        // An attempt started before distractors were told apart has one in its order: it is not shown, and an
        // answer for it is refused.
        AttemptLayout old = new AttemptLayout(List.of(0, 1, 2), layout.rightOrder());
        assertThat(slot(q, old, false).left()).extracting(QuizViews.Choice::id).containsExactly("l0", "l1");
        assertThatThrownBy(() -> ResponseShape.check(q, old, JSON.createObjectNode().put("l2", animal)))
                .isInstanceOf(DomainException.class);
        ResponseShape.check(q, old, JSON.createObjectNode().put("l1", plant));
    }

    @Test
    void reviewFeedbackIsSanitizedHtml() {
        QuizViews.Slot slot = slot(content("Q {=a ~b}"), true);
        assertThat(slot.review().feedback()).isEqualTo("<b>Good</b> ");
    }

    @Test
    void answerFormatsAreStoredOnlyWhenSetAndReadBack() throws Exception {
        GiftQuestion plain = GiftParser.parse("Q {=a#fine ~b}").questions().get(0);
        QuestionContent q = QuestionContent.of(1, plain);
        assertThat(JSON.writeValueAsString(q.answers().get(0)))
                .isEqualTo("{\"text\":\"a\",\"fraction\":1.0,\"feedback\":\"fine\",\"number\":null,"
                        + "\"tolerance\":null,\"min\":null,\"max\":null}");
        assertThat(JSON.writeValueAsString(plain.atLine(0))).doesNotContain("ormat\":null");

        QuestionContent marked = content("Q {=[html]<b>a</b>#[plain]x ~b}");
        String stored = JSON.writeValueAsString(marked.answers());
        assertThat(JSON.readValue(stored, new TypeReference<List<AnswerData>>() { })).isEqualTo(marked.answers());
        List<PairData> pairs = List.of(new PairData("<b>x</b>", "1", "html"), new PairData("", "2"));
        assertThat(JSON.readValue(JSON.writeValueAsString(pairs), new TypeReference<List<PairData>>() { }))
                .isEqualTo(pairs);
    }
}
