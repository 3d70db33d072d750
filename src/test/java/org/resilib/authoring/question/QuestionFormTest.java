package org.resilib.authoring.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resilib.gift.GiftParser;
import org.resilib.gift.GiftQuestion;
import org.resilib.web.FormErrors;

/** The question editor shows a piece's own format as its GIFT marker, so that saving keeps it. */
class QuestionFormTest {

    static GiftQuestion saved(String gift) {
        GiftQuestion q = GiftParser.parse(gift).questions().get(0);
        QuestionForm form = QuestionForm.of(q);
        FormErrors errors = FormErrors.none();
        List<String> problems = new ArrayList<>();
        GiftQuestion back = form.toQuestion(errors, problems);
        assertThat(errors.isEmpty()).as("%s", errors.getAll()).isTrue();
        assertThat(problems).isEmpty();
        assertThat(back.atLine(0)).isEqualTo(q.atLine(0));
        return back;
    }

    @Test
    void savingAQuestionKeepsTheFormatsOfItsPieces() {
        QuestionForm form = QuestionForm.of(saved(
                "::mc::Q {=[html]<b>a</b>#[plain]<ok> ~[moodle][html] is text ~b ####[markdown]*General*}"));
        assertThat(form.rows()).extracting(QuestionForm.Row::answer).startsWith("[html]<b>a</b>",
                "[moodle][html] is text", "b");
        assertThat(form.rows().get(0).feedback()).isEqualTo("[plain]<ok>");
        assertThat(form.generalFeedback()).isEqualTo("[markdown]*General*");

        saved("::tf::Sky {T#[html]<b>No</b>#[markdown]*Yes*}");
        saved("::match::Match {=[plain]<a> -> 1 =b -> 2 = -> 3}");
    }

    @Test
    void aNumericalCatchAllIsAStarRow() {
        QuestionForm form = QuestionForm.of(saved("::n::From 1 to 5? {#3:2 ~#[html]<b>Wrong</b>}"));
        assertThat(form.rows().get(1).answer()).isEqualTo("*");
        assertThat(form.rows().get(1).feedback()).isEqualTo("[html]<b>Wrong</b>");
    }
}
