package org.resilib.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A quiz translation is matched by title and kept only where it asks what the original asks. */
class GiftTranslationTest {

    private static final String ORIGINAL = """
            ::mc::二加二？ {=四 ~三#太小 ~五}

            ::ma::哪些是质数？ {~%50%二 ~%50%三 ~%-100%四}

            ::tf::晴天的天空是蓝色的。 {T}

            ::sa::法国的首都是？ {=巴黎}

            ::num::圆周率保留两位小数？ {#3.14:0.005}

            ::match::配对。 {=猫 -> 动物 =玫瑰 -> 植物 = -> 岩石}

            ::essay::说明引用的意义。 {}
            """;

    private static GiftTranslation.Checked check(String translation) {
        return GiftTranslation.check(GiftParser.parse(ORIGINAL).questions(), GiftParser.parse(translation).questions());
    }

    @Test
    void aFaithfulTranslationFitsQuestionByQuestion() {
        GiftTranslation.Checked c = check("""
                ::mc::Two plus two? {=four ~three#Too small ~five}

                ::ma::Which are prime? {~%50%two ~%50%three ~%-100%four}

                ::tf::A clear sky is blue. {T}

                ::sa::The capital of France? {=Paris =paris city}

                ::num::Pi to two decimals? {#3.14:0.005}

                ::match::Match. {=cat -> animal =rose -> plant = -> rock}

                ::essay::Explain why citations matter. {}
                """);
        assertThat(c.problems()).isEmpty();
        assertThat(c.byKey()).containsOnlyKeys("/mc", "/ma", "/tf", "/sa", "/num", "/match", "/essay");
        assertThat(c.byKey().get("/mc").answers().get(0).text()).isEqualTo("four");
    }

    @Test
    void aQuestionThatChangesTheAnswerKeyIsLeftOutAtItsLine() {
        GiftTranslation.Checked c = check("""
                ::mc::Two plus two? {~four =three ~five}

                ::ma::Which are prime? {~%50%two ~%50%three}

                ::tf::A clear sky is blue. {F}

                ::sa::The capital of France? {=Paris}

                ::num::Pi? {#3.1:0.05}

                ::match::Match. {=cat -> animal =rose -> plant =granite -> rock}

                ::essay::Explain. {=because}

                ::extra::Not in the original? {T}
                """);
        assertThat(c.byKey()).containsOnlyKeys("/sa");
        assertThat(c.problems()).extracting(GiftProblem::line).containsExactly(1, 3, 5, 9, 11, 13, 15);
        assertThat(c.problems().get(0).message()).contains("mc", "choice 1", "100.0%", "0.0%");
        assertThat(c.problems().get(1).message()).contains("3 choices in the original, 2 here");
        assertThat(c.problems().get(2).message()).contains("true", "false");
        assertThat(c.problems().get(3).message()).contains("numeric answer 1");
        assertThat(c.problems().get(4).message()).contains("pair 3");
        assertThat(c.problems().get(5).message()).contains("essay", "shortanswer");
        assertThat(c.problems().get(6).message()).contains("extra", "original quiz");
    }

    @Test
    void aShortAnswerNeedsAnAcceptedAnswerOfItsOwn() {
        assertThat(GiftTranslation.mismatch(GiftParser.parse("::sa::Capital? {=巴黎}").questions().get(0),
                GiftParser.parse("::sa::Capital? {=Paris}").questions().get(0))).isNull();
        GiftQuestion none = GiftParser.parse("::sa::Capital? {=Paris}").questions().get(0);
        none = new GiftQuestion(1, "", "sa", none.type(), none.format(), none.text(), "",
                List.of(new GiftAnswer("Paris", 0, "", null, null, null, null)), List.of(), "");
        assertThat(GiftTranslation.mismatch(GiftParser.parse("::sa::Capital? {=巴黎}").questions().get(0), none))
                .isEqualTo("no accepted answer");
    }

    @Test
    void questionsTheTranslationLeavesOutAreListedAtTheTop() {
        GiftTranslation.Checked c = check("::mc::Two plus two? {=four ~three ~five}\n");
        assertThat(c.byKey()).containsOnlyKeys("/mc");
        assertThat(c.problems()).hasSize(1);
        assertThat(c.problems().get(0).line()).isEqualTo(1);
        assertThat(c.problems().get(0).message()).startsWith("Not translated: ").contains("ma", "essay")
                .doesNotContain("mc,");
    }

    @Test
    void keysAreTheBanksCategoryAndTitleOrPosition() {
        List<GiftQuestion> qs = GiftParser.parse("$CATEGORY: a\n::t::One? {T}\n\n::t::Two? {T}\n\nThree? {T}\n")
                .questions();
        assertThat(GiftTranslation.keys(qs)).containsExactly("a/t", "a/t#2", "#3");
    }
}
