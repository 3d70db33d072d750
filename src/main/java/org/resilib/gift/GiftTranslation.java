package org.resilib.gift;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A quiz's translation ({@code quiz.en.gift} beside {@code quiz.gift}) matched to the quiz question by question: by
 * key (category and title, or position when untitled, as the question bank keys them), and checked so that both
 * languages ask the same questions with the same answer key. A translation may reword every text, but it keeps the
 * type, the choices in the same order with the same fractions, the true/false value, the numbers and tolerances,
 * and the matching items in the same order (distractors where they were). Short answers are the one exception:
 * learners type them in their own language, so the translation brings its own accepted answers.
 *
 * <p>A translated question that does not fit is left out (and reported at its line); the others are kept, and
 * questions without a translation are reported at the top of the file, so learners see the original with a note.
 */
public final class GiftTranslation {

    private GiftTranslation() {
    }

    /**
     * The translated questions that fit, by key; those that do not ask what the original asks, at their lines; and
     * the original's questions the translation leaves out.
     */
    public record Checked(Map<String, GiftQuestion> byKey, List<GiftProblem> mismatches, List<String> untranslated) {

        /** Everything to report about the file: the questions left out (at line 1), then the mismatches. */
        public List<GiftProblem> problems() {
            List<GiftProblem> all = new ArrayList<>();
            if (!untranslated.isEmpty()) {
                all.add(new GiftProblem(1, "Not translated: " + String.join(", ", untranslated)));
            }
            all.addAll(mismatches);
            return all;
        }
    }

    /** The bank's keys of these questions, in order: category/title, or "#position" when untitled; "#n" repeats. */
    public static List<String> keys(List<GiftQuestion> questions) {
        List<String> keys = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int position = 0;
        for (GiftQuestion g : questions) {
            position++;
            String base = g.title().isBlank() ? "#" + position : g.category() + "/" + g.title();
            int n = seen.merge(base, 1, Integer::sum);
            keys.add(n == 1 ? base : base + "#" + n);
        }
        return keys;
    }

    public static Checked check(List<GiftQuestion> original, List<GiftQuestion> translation) {
        Map<String, GiftQuestion> originals = new LinkedHashMap<>();
        List<String> originalKeys = keys(original);
        for (int i = 0; i < original.size(); i++) {
            originals.put(originalKeys.get(i), original.get(i));
        }
        Map<String, GiftQuestion> fitting = new LinkedHashMap<>();
        List<GiftProblem> problems = new ArrayList<>();
        List<String> keys = keys(translation);
        for (int i = 0; i < translation.size(); i++) {
            GiftQuestion t = translation.get(i);
            String key = keys.get(i);
            GiftQuestion o = originals.get(key);
            if (o == null) {
                problems.add(new GiftProblem(t.line(), "No question \"" + describe(key)
                        + "\" in the original quiz; a translation keeps each question's title and category"));
                continue;
            }
            String mismatch = mismatch(o, t);
            if (mismatch != null) {
                problems.add(new GiftProblem(t.line(), "Question \"" + describe(key) + "\": " + mismatch));
                continue;
            }
            fitting.put(key, t);
        }
        List<String> missing = originals.keySet().stream().filter(k -> !fitting.containsKey(k)
                && !keys.contains(k)).map(GiftTranslation::describe).toList();
        return new Checked(fitting, List.copyOf(problems), missing);
    }

    private static String describe(String key) {
        return key.startsWith("/") ? key.substring(1) : key;
    }

    /** Why the translation does not ask what the original asks, or null when it does. */
    public static String mismatch(GiftQuestion o, GiftQuestion t) {
        if (o.type() != t.type()) {
            return "the original is " + o.type().key() + ", the translation " + t.type().key();
        }
        switch (o.type()) {
            case MULTICHOICE, MULTIANSWER -> {
                if (o.answers().size() != t.answers().size()) {
                    return o.answers().size() + " choices in the original, " + t.answers().size() + " here";
                }
                for (int i = 0; i < o.answers().size(); i++) {
                    if (o.answers().get(i).fraction() != t.answers().get(i).fraction()) {
                        return "choice " + (i + 1) + " is worth " + percent(o.answers().get(i).fraction())
                                + " in the original, " + percent(t.answers().get(i).fraction()) + " here";
                    }
                }
            }
            case TRUEFALSE -> {
                if (!truth(o).equals(truth(t))) {
                    return "the original's answer is " + truth(o) + ", the translation's " + truth(t);
                }
            }
            case NUMERICAL -> {
                if (o.answers().size() != t.answers().size()) {
                    return o.answers().size() + " numeric answers in the original, " + t.answers().size() + " here";
                }
                for (int i = 0; i < o.answers().size(); i++) {
                    GiftAnswer a = o.answers().get(i);
                    GiftAnswer b = t.answers().get(i);
                    if (a.fraction() != b.fraction() || !Objects.equals(a.number(), b.number())
                            || !Objects.equals(a.tolerance(), b.tolerance()) || !Objects.equals(a.min(), b.min())
                            || !Objects.equals(a.max(), b.max())) {
                        return "numeric answer " + (i + 1) + " differs from the original's";
                    }
                }
            }
            case MATCHING -> {
                if (o.pairs().size() != t.pairs().size()) {
                    return o.pairs().size() + " pairs in the original, " + t.pairs().size() + " here";
                }
                for (int i = 0; i < o.pairs().size(); i++) {
                    if (o.pairs().get(i).distractor() != t.pairs().get(i).distractor()) {
                        return "pair " + (i + 1) + " is " + (o.pairs().get(i).distractor() ? "" : "not ")
                                + "an extra option in the original";
                    }
                }
            }
            case SHORTANSWER -> {
                if (t.answers().stream().noneMatch(a -> a.fraction() > 0)) {
                    return "no accepted answer";
                }
            }
            case ESSAY, DESCRIPTION -> {
                // nothing to grade by
            }
        }
        return null;
    }

    private static String truth(GiftQuestion q) {
        return q.answers().stream().filter(a -> a.fraction() > 0).map(GiftAnswer::text).findFirst().orElse("?");
    }

    private static String percent(double fraction) {
        return Math.round(fraction * 1000) / 10.0 + "%";
    }
}
