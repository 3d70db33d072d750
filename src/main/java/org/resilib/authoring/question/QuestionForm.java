package org.resilib.authoring.question;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.resilib.gift.FormatMarker;
import org.resilib.gift.GiftAnswer;
import org.resilib.gift.GiftParseResult;
import org.resilib.gift.GiftParser;
import org.resilib.gift.GiftQuestion;
import org.resilib.gift.GiftWriter;
import org.resilib.gift.MatchPair;
import org.resilib.gift.QuestionType;
import org.resilib.web.FormErrors;

/**
 * The question editor's form, one shape for every GIFT type: the stem, the text after the blank (missing word),
 * rows of answers (text or number with tolerance, credit in percent, feedback), rows of matching pairs, the
 * true/false key, and general feedback. It becomes a {@link GiftQuestion} that is written and read back through
 * the GIFT parser, so the editor can only store what a quiz.gift file could hold. An answer, a feedback, a matching
 * item or the general feedback may open with a GIFT format marker ("[html]...") to have a format of its own; the
 * editor shows the marker wherever a piece has one, so that saving a question keeps it.
 *
 * <p>The fields with fixed names bind to {@link Fields} (Bean Validation checks the stem, the title and the format);
 * the rows of answers and pairs ({@code answer_0}, {@code percent_0}, {@code left_0} ...) are numbered and as many as
 * the question has, which no binding by name can hold, so {@link #read} takes them from the posted form. What depends
 * on the type (the rows, the GIFT round trip) is checked by {@link #toQuestion}.
 */
public record QuestionForm(String type, String title, String category, String format, String text, String textAfter,
        List<Row> rows, List<Pair> pairs, String truth, String feedbackTrue, String feedbackFalse,
        String generalFeedback) {

    static final int ROWS = 6;

    /** The fields with fixed names as posted; fields not sent are empty, the title and category stripped. */
    public record Fields(
            @RestForm String type,
            @RestForm @Size(max = 200, message = "author_text_too_long") String title,
            @RestForm String category,
            @RestForm @Pattern(regexp = "moodle|markdown|html|plain", message = "author_question_invalid")
            String format,
            @RestForm @NotBlank(message = "author_text_required") String text,
            @RestForm String textAfter,
            @RestForm String truth,
            @RestForm String feedbackTrue,
            @RestForm String feedbackFalse,
            @RestForm String generalFeedback) {

        public Fields {
            type = nz(type);
            title = nz(title).strip();
            category = nz(category).strip();
            format = nz(format).isBlank() ? "markdown" : format;
            text = nz(text);
            textAfter = nz(textAfter);
            truth = nz(truth);
            feedbackTrue = nz(feedbackTrue);
            feedbackFalse = nz(feedbackFalse);
            generalFeedback = nz(generalFeedback);
        }
    }

    public record Row(int index, String answer, String tolerance, String percent, String feedback) {
        public int number() {
            return index + 1;
        }

        public String field(String prefix) {
            return prefix + "_" + index;
        }
    }

    public record Pair(int index, String left, String right) {
        public int number() {
            return index + 1;
        }
    }

    static final List<QuestionType> TYPES = List.of(QuestionType.values());

    public List<QuestionType> types() {
        return TYPES;
    }

    static final Set<QuestionType> WITH_ANSWERS = EnumSet.of(QuestionType.MULTICHOICE, QuestionType.MULTIANSWER,
            QuestionType.SHORTANSWER, QuestionType.NUMERICAL);

    /** Types whose form has rows of answers with credit. */
    public boolean hasAnswers() {
        return QuestionType.fromKey(type).map(WITH_ANSWERS::contains).orElse(false);
    }

    public boolean is(String key) {
        return key.equals(type);
    }

    public static QuestionForm blank(String type) {
        String t = QuestionType.fromKey(type).map(QuestionType::key).orElse(QuestionType.MULTICHOICE.key());
        return new QuestionForm(t, "", "", "markdown", "", "", rows(List.of()), pairs(List.of()), "true", "", "", "");
    }

    public static QuestionForm of(GiftQuestion q) {
        List<Row> rows = new ArrayList<>();
        String truth = "true";
        String fbTrue = "";
        String fbFalse = "";
        for (GiftAnswer a : q.answers()) {
            String feedback = marked(a.feedbackFormat(), q, a.feedback());
            if (q.type() == QuestionType.TRUEFALSE) {
                if ("true".equals(a.text())) {
                    fbTrue = feedback;
                    truth = a.fraction() > 0 ? "true" : "false";
                } else {
                    fbFalse = feedback;
                }
                continue;
            }
            String answer;
            String tolerance = "";
            if (a.number() != null) {
                answer = plain(a.number());
                tolerance = a.tolerance() == null || a.tolerance() == 0 ? "" : plain(a.tolerance());
            } else if (a.min() != null) {
                answer = plain((a.min() + a.max()) / 2);
                tolerance = plain((a.max() - a.min()) / 2);
            } else if (a.matchesAnyNumber()) {
                answer = GiftAnswer.ANY_NUMBER;
            } else {
                answer = marked(a.format(), q, a.text());
            }
            rows.add(new Row(rows.size(), answer, tolerance, plain(a.fraction() * 100), feedback));
        }
        List<Pair> pairs = new ArrayList<>();
        q.pairs().forEach(p -> pairs.add(new Pair(pairs.size(), marked(p.format(), q, p.left()), p.right())));
        return new QuestionForm(q.type().key(), q.title(), q.category(), q.format(), q.text(), q.textAfter(),
                rows(rows), pairs(pairs), truth, fbTrue, fbFalse, marked(q.generalFeedbackFormat(), q,
                        q.generalFeedback()));
    }

    /** A piece of text as the editor shows it: behind its format marker when it has a format of its own. */
    private static String marked(String format, GiftQuestion q, String text) {
        return FormatMarker.mark(format, q.format(), nz(text));
    }

    /** The form as posted: its fields with fixed names, and its numbered rows read from the whole form. */
    public static QuestionForm read(Fields fields, Map<String, List<String>> f) {
        int n = 0;
        while (f.containsKey("answer_" + n) || f.containsKey("left_" + n)) {
            n++;
        }
        List<Row> rows = new ArrayList<>();
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < Math.max(n, ROWS); i++) {
            rows.add(new Row(i, v(f, "answer_" + i), v(f, "tolerance_" + i), v(f, "percent_" + i),
                    v(f, "feedback_" + i)));
            pairs.add(new Pair(i, v(f, "left_" + i), v(f, "right_" + i)));
        }
        return new QuestionForm(fields.type(), fields.title(), fields.category(), fields.format(), fields.text(),
                fields.textAfter(), rows, pairs, fields.truth(), fields.feedbackTrue(), fields.feedbackFalse(),
                fields.generalFeedback());
    }

    /**
     * The question, or the fields at fault in {@code errors} (then null). {@code errors} holds those of
     * {@link Fields} already (the stem, the title's length, the format); a category too long is reported at the
     * title, beside which it is shown.
     */
    GiftQuestion toQuestion(FormErrors errors, List<String> problems) {
        QuestionType t = QuestionType.fromKey(type).orElse(null);
        if (t == null) {
            errors.add("type", "author_question_type");
            return null;
        }
        if (category.length() > 200) {
            errors.add("title", "author_text_too_long");
        }
        List<GiftAnswer> answers = new ArrayList<>();
        List<MatchPair> matched = new ArrayList<>();
        switch (t) {
            case TRUEFALSE -> {
                boolean right = !"false".equals(truth);
                FormatMarker.Marked ifTrue = FormatMarker.split(feedbackTrue.strip());
                FormatMarker.Marked ifFalse = FormatMarker.split(feedbackFalse.strip());
                answers.add(new GiftAnswer("true", right ? 1 : 0, ifTrue.text(), null, null, null, null, null,
                        ifTrue.format()));
                answers.add(new GiftAnswer("false", right ? 0 : 1, ifFalse.text(), null, null, null, null, null,
                        ifFalse.format()));
            }
            case MATCHING -> pairs.stream().filter(p -> !p.left().isBlank() || !p.right().isBlank()).forEach(p -> {
                FormatMarker.Marked left = FormatMarker.split(p.left().strip());
                matched.add(new MatchPair(left.text(), p.right().strip(), left.format()));
            });
            case ESSAY, DESCRIPTION -> {
            }
            default -> {
                for (Row r : rows) {
                    if (r.answer().isBlank()) {
                        continue;
                    }
                    Double percent = number(r.percent().isBlank() ? "0" : r.percent());
                    if (percent == null || percent < -100 || percent > 100) {
                        errors.add("percent_" + r.index(), "author_question_percent");
                        continue;
                    }
                    FormatMarker.Marked feedback = FormatMarker.split(r.feedback().strip());
                    if (t == QuestionType.NUMERICAL && r.answer().strip().equals(GiftAnswer.ANY_NUMBER)) {
                        answers.add(new GiftAnswer(GiftAnswer.ANY_NUMBER, percent / 100, feedback.text(), null, null,
                                null, null, null, feedback.format()));
                    } else if (t == QuestionType.NUMERICAL) {
                        Double value = number(r.answer());
                        Double tol = r.tolerance().isBlank() ? Double.valueOf(0) : number(r.tolerance());
                        if (value == null || tol == null || tol < 0) {
                            errors.add("answer_" + r.index(), "author_question_number");
                            continue;
                        }
                        answers.add(new GiftAnswer(null, percent / 100, feedback.text(), value, tol, null, null, null,
                                feedback.format()));
                    } else {
                        FormatMarker.Marked answer = FormatMarker.split(r.answer().strip());
                        answers.add(new GiftAnswer(answer.text(), percent / 100, feedback.text(), null, null, null,
                                null, answer.format(), feedback.format()));
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        FormatMarker.Marked general = FormatMarker.split(generalFeedback.strip());
        GiftQuestion q = new GiftQuestion(1, category, title, t, format, text.strip(),
                t == QuestionType.MULTICHOICE || t == QuestionType.SHORTANSWER ? textAfter.strip() : "", answers,
                matched, general.text(), general.format());
        GiftParseResult back = GiftParser.parse(GiftWriter.write(List.of(q)));
        back.problems().forEach(p -> problems.add(p.message()));
        if (!back.problems().isEmpty() || back.questions().size() != 1) {
            errors.add(t == QuestionType.MATCHING ? "left_0" : t == QuestionType.ESSAY ? "text" : "answer_0",
                    "author_question_invalid");
            return null;
        }
        return back.questions().get(0);
    }

    private static List<Row> rows(List<Row> existing) {
        List<Row> all = new ArrayList<>(existing);
        while (all.size() < ROWS) {
            all.add(new Row(all.size(), "", "", "", ""));
        }
        return all;
    }

    private static List<Pair> pairs(List<Pair> existing) {
        List<Pair> all = new ArrayList<>(existing);
        while (all.size() < ROWS) {
            all.add(new Pair(all.size(), "", ""));
        }
        return all;
    }

    private static Double number(String s) {
        try {
            double d = Double.parseDouble(s.strip().replace(',', '.'));
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String v(Map<String, List<String>> f, String key) {
        List<String> values = f.get(key);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
