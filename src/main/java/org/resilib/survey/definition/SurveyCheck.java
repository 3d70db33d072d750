package org.resilib.survey.definition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.resilib.content.ContentProblem;

/**
 * What a survey definition must be, wherever it comes from (a file, the browser, an import): problems name the
 * line of the file's text where the fault is. A survey with problems is not stored.
 */
public final class SurveyCheck {

    /** Question, option and statement ids: what answers and exports are keyed by. */
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]{0,39}");
    public static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    /** Slugs the survey pages' own addresses use ({@code /surveys/manage}). */
    public static final Set<String> RESERVED = Set.of("manage", "new");
    /** The option id of "other, please specify". */
    public static final String OTHER = "other";
    static final int MAX_TEXT_LENGTH = 20000;

    private SurveyCheck() {
    }

    /** The problems of a parsed definition; {@code text} is the file's text, for lines. */
    public static List<ContentProblem> problems(SurveyFile f, String text, String path) {
        List<ContentProblem> out = new ArrayList<>();
        if (f.title() == null || f.title().values().stream().allMatch(t -> t == null || t.isBlank())) {
            out.add(problem(path, text, "title", "missing_key", "title"));
        }
        if (SurveyAudience.of(f.audience()).isEmpty()) {
            out.add(problem(path, text, "audience", "invalid_value", "audience: " + f.audience()));
        }
        if (f.opens() != null && f.closes() != null && !f.opens().isBefore(f.closes())) {
            out.add(problem(path, text, "closes", "invalid_value", "closes: " + f.closes()));
        }
        if (f.course() != null && !SLUG.matcher(f.course()).matches()) {
            out.add(problem(path, text, "course", "invalid_value", "course: " + f.course()));
        }
        if (f.courses() != null && !SurveyFile.ALL_COURSES.equals(f.courses())) {
            out.add(problem(path, text, "courses", "invalid_value", "courses: " + f.courses() + " (only: all)"));
        }
        int follows = (f.course() != null ? 1 : 0) + (f.courses() != null ? 1 : 0)
                + (Boolean.TRUE.equals(f.sessions()) ? 1 : 0);
        if (follows > 1) {
            out.add(problem(path, text, f.courses() != null ? "courses" : "sessions", "invalid_value",
                    "course, courses and sessions: one at most"));
        }
        // Feedback is given by those who took the course or attended the session: people signed in.
        if (follows > 0 && SurveyAudience.of(f.audience()).orElse(null) == SurveyAudience.PUBLIC) {
            out.add(problem(path, text, "audience", "invalid_value", "audience: public (a follow-up survey is"
                    + " answered by people signed in)"));
        }
        if (f.pages() == null || f.pages().isEmpty()) {
            out.add(problem(path, text, "pages", "missing_key", "pages"));
            return out;
        }
        // Conditions refer to questions of earlier pages: a page is shown knowing every answer it depends on, so
        // it needs no script to hide a question and never asks what does not apply.
        Map<String, SurveyFile.Question> earlier = new HashMap<>();
        Set<String> thisPage = new HashSet<>();
        int answerable = 0;
        for (SurveyFile.Page page : f.pages()) {
            if (page.questions() == null || page.questions().isEmpty()) {
                out.add(problem(path, text, "questions", "missing_key", "questions"));
                continue;
            }
            thisPage.clear();
            for (SurveyFile.Question q : page.questions()) {
                if (q.showIf() != null && thisPage.contains(q.showIf().question())) {
                    out.add(problem(path, text, "id: " + q.id(), "invalid_value", q.id()
                            + ": showIf: a question of an earlier page"));
                }
                question(q, earlier, path, text, out);
                if (q.id() != null) {
                    earlier.putIfAbsent(q.id(), q);
                    thisPage.add(q.id());
                }
                if (QuestionType.of(q.type()).filter(t -> t != QuestionType.DESCRIPTION).isPresent()) {
                    answerable++;
                }
            }
        }
        if (answerable == 0) {
            out.add(problem(path, text, "pages", "invalid_value", "pages: no question to answer"));
        }
        return out;
    }

    private static void question(SurveyFile.Question q, Map<String, SurveyFile.Question> earlier, String path,
            String text, List<ContentProblem> out) {
        String at = "id: " + q.id();
        if (q.id() == null || !ID.matcher(q.id()).matches()) {
            out.add(problem(path, text, at, "invalid_value", "id: " + q.id()));
        } else if (earlier.containsKey(q.id())) {
            out.add(problem(path, text, at, "duplicate_code", q.id()));
        }
        QuestionType type = QuestionType.of(q.type()).orElse(null);
        if (type == null) {
            out.add(problem(path, text, at, "invalid_value", "type: " + q.type()));
            return;
        }
        if (q.text() == null || q.text().values().stream().allMatch(t -> t == null || t.isBlank())) {
            out.add(problem(path, text, at, "missing_key", q.id() + ": text"));
        }
        if (type == QuestionType.DESCRIPTION && q.isRequired()) {
            out.add(problem(path, text, at, "invalid_value", q.id() + ": required"));
        }
        if (type.hasOptions()) {
            ids(q.optionList(), q.id() + ": options", 2, path, text, at, out);
            if (q.optionList().stream().anyMatch(o -> OTHER.equals(o.id()))) {
                out.add(problem(path, text, at, "invalid_value", q.id() + ": options: '" + OTHER
                        + "' is the id of other: true"));
            }
        } else if (q.options() != null) {
            out.add(problem(path, text, at, "unknown_key", q.id() + ": options"));
        }
        if (q.hasOther() && !(type == QuestionType.SINGLE || type == QuestionType.MULTIPLE)) {
            out.add(problem(path, text, at, "invalid_value", q.id() + ": other"));
        }
        if (type == QuestionType.LIKERT) {
            if (q.points() == null || (q.points() != 5 && q.points() != 7)) {
                out.add(problem(path, text, at, "invalid_value", q.id() + ": points: " + q.points()));
            }
            ids(q.statementList(), q.id() + ": statements", 1, path, text, at, out);
        } else if (q.statements() != null || q.points() != null) {
            out.add(problem(path, text, at, "unknown_key", q.id() + ": " + (q.statements() != null ? "statements"
                    : "points")));
        }
        if (q.min() != null && q.max() != null && q.min() > q.max()) {
            out.add(problem(path, text, at, "invalid_value", q.id() + ": min > max"));
        }
        if ((q.min() != null || q.max() != null) && type != QuestionType.MULTIPLE && type != QuestionType.NUMBER) {
            out.add(problem(path, text, at, "unknown_key", q.id() + ": min/max"));
        }
        if (type == QuestionType.MULTIPLE && q.max() != null && q.max() < 1) {
            out.add(problem(path, text, at, "invalid_value", q.id() + ": max"));
        }
        if (q.maxLength() != null && (type != QuestionType.TEXT && type != QuestionType.LONGTEXT
                && !q.hasOther() || q.maxLength() < 1 || q.maxLength() > MAX_TEXT_LENGTH)) {
            out.add(problem(path, text, at, "invalid_value", q.id() + ": maxLength"));
        }
        if (q.showIf() != null) {
            SurveyFile.Question on = earlier.get(q.showIf().question());
            if (on == null || !QuestionType.of(on.type()).map(QuestionType::isChoice).orElse(false)) {
                out.add(problem(path, text, at, "invalid_value", q.id() + ": showIf: " + q.showIf().question()));
            } else {
                Set<String> known = new HashSet<>();
                on.optionList().forEach(o -> known.add(o.id()));
                if (on.hasOther()) {
                    known.add(OTHER);
                }
                for (String a : q.showIf().anyOf() == null ? List.<String>of() : q.showIf().anyOf()) {
                    if (!known.contains(a)) {
                        out.add(problem(path, text, at, "invalid_value", q.id() + ": showIf: " + a));
                    }
                }
                if (q.showIf().anyOf() == null || q.showIf().anyOf().isEmpty()) {
                    out.add(problem(path, text, at, "missing_key", q.id() + ": showIf: anyOf"));
                }
            }
        }
    }

    private static void ids(List<SurveyFile.Option> items, String what, int least, String path, String text,
            String at, List<ContentProblem> out) {
        if (items.size() < least) {
            out.add(problem(path, text, at, "missing_key", what));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (SurveyFile.Option o : items) {
            if (o.id() == null || !ID.matcher(o.id()).matches()) {
                out.add(problem(path, text, "id: " + o.id(), "invalid_value", what + ": " + o.id()));
            } else if (!seen.add(o.id())) {
                out.add(problem(path, text, at, "duplicate_code", what + ": " + o.id()));
            }
            if (o.text() == null || o.text().values().stream().allMatch(t -> t == null || t.isBlank())) {
                out.add(problem(path, text, "id: " + o.id(), "missing_key", what + ": " + o.id() + ": text"));
            }
        }
    }

    private static ContentProblem problem(String path, String text, String needle, String code, String detail) {
        return new ContentProblem(path, text == null ? 1 : ContentProblem.lineOf(text, needle), code, detail);
    }
}
