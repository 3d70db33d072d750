package org.resilib.competency.framework;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.resilib.web.FormErrors;

/**
 * The framework editor's form: the values as typed (so a rejected form comes back as it was) and their translation
 * into a {@link FrameworkFile}, validated with errors named by field. The fields with fixed names bind to
 * {@link Fields} (Bean Validation checks their shape); the numbered rows ({@code level_zh_2}, {@code code_3},
 * {@code remove_3} ...) vary in number with the framework, which no binding by name can hold, so {@link #read} takes
 * them from the posted form. What needs the whole form (the scale, the rules, the tree) is checked by {@link #toFile}.
 */
public record FrameworkForm(String slug, String titleZh, String titleEn, List<LevelRow> levels, String proficient,
        String ruleCourse, String ruleQuizPercent, String ruleQuiz, String ruleSession, String ruleSample,
        List<ItemRow> items, boolean detach) {

    /** Rows offered for the scale; blank rows are ignored, so a scale has up to this many levels. */
    static final int LEVEL_ROWS = 6;
    /** Empty competency rows under the existing ones, for adding new competencies. */
    static final int NEW_ROWS = 3;

    /** The fields with fixed names as posted, stripped; {@code detach} is null unless its box was ticked. */
    public record Fields(
            @RestForm @Size(max = 64, message = "framework_slug_invalid")
            @Pattern(regexp = FrameworkLoader.SLUG_PATTERN, message = "framework_slug_invalid") String slug,
            @RestForm @Size(max = 200, message = "too_long") String title_zh,
            @RestForm @Size(max = 200, message = "too_long") String title_en,
            @RestForm String proficient,
            @RestForm String rule_course,
            @RestForm String rule_quiz_percent,
            @RestForm String rule_quiz,
            @RestForm String rule_session,
            @RestForm String rule_sample,
            @RestForm String detach) {

        public Fields {
            slug = stripped(slug);
            title_zh = stripped(title_zh);
            title_en = stripped(title_en);
            proficient = stripped(proficient);
            rule_course = stripped(rule_course);
            rule_quiz_percent = stripped(rule_quiz_percent);
            rule_quiz = stripped(rule_quiz);
            rule_session = stripped(rule_session);
            rule_sample = stripped(rule_sample);
        }

        /** The same fields for the framework being edited, whose slug comes from its address. */
        Fields withSlug(String kept) {
            return new Fields(kept, title_zh, title_en, proficient, rule_course, rule_quiz_percent, rule_quiz,
                    rule_session, rule_sample, detach);
        }
    }

    public record LevelRow(int level, String nameZh, String nameEn) {
        /** The form field's name for this row, e.g. {@code level_zh_2}. */
        public String field(String prefix) {
            return prefix + "_" + level;
        }
    }

    public record ItemRow(int index, String order, String code, String parent, String nameZh, String nameEn,
            String descriptionZh, String descriptionEn, boolean remove, boolean existing) {
        /** The form field's name for this row, e.g. {@code code_3}. */
        public String field(String prefix) {
            return prefix + "_" + index;
        }
    }

    public boolean proficientAt(int level) {
        return String.valueOf(level).equals(proficient);
    }

    /** The form filled from a stored framework, with empty rows for new levels and competencies. */
    static FrameworkForm of(Framework f, List<Competency> competencies) {
        List<LevelRow> levels = new ArrayList<>();
        String proficient = "";
        for (int i = 0; i < LEVEL_ROWS; i++) {
            Framework.Level l = i < f.levels.size() ? f.levels.get(i) : null;
            levels.add(new LevelRow(i + 1, l == null ? "" : text(l.name(), "zh-CN"), l == null ? "" : text(l.name(), "en")));
            if (l != null && l.isProficient() && proficient.isEmpty()) {
                proficient = String.valueOf(i + 1);
            }
        }
        List<ItemRow> items = new ArrayList<>();
        for (Competency c : competencies) {
            items.add(new ItemRow(items.size(), String.valueOf(items.size() + 1), c.code, c.parentCode == null ? "" : c.parentCode,
                    text(c.name, "zh-CN"), text(c.name, "en"), text(c.description, "zh-CN"), text(c.description, "en"),
                    false, true));
        }
        addBlankRows(items);
        Framework.Rules r = f.rules == null ? new Framework.Rules(null, null, null, null) : f.rules;
        return new FrameworkForm(f.slug, text(f.title, "zh-CN"), text(f.title, "en"), levels, proficient,
                str(r.courseCompleted()), r.quizPassed() == null ? "" : str(r.quizPassed().minPercent()),
                r.quizPassed() == null ? "" : str(r.quizPassed().level()), str(r.sessionAttended()),
                str(r.workSampleReviewed()), items, false);
    }

    /** An empty form for a new framework, with the four-step scale most libraries use as a starting point. */
    static FrameworkForm blank() {
        List<LevelRow> levels = new ArrayList<>();
        String[][] names = {{"了解", "Aware"}, {"实践", "Practising"}, {"熟练", "Proficient"}, {"专家", "Expert"}};
        for (int i = 0; i < LEVEL_ROWS; i++) {
            levels.add(new LevelRow(i + 1, i < names.length ? names[i][0] : "", i < names.length ? names[i][1] : ""));
        }
        List<ItemRow> items = new ArrayList<>();
        addBlankRows(items);
        return new FrameworkForm("", "", "", levels, "3", "2", "80", "3", "", "4", items, false);
    }

    /**
     * The form as posted: its fields with fixed names, and its numbered rows read from the whole form. Existing rows
     * are told apart from new ones by the hidden {@code existing_i} field.
     */
    static FrameworkForm read(Fields fields, Map<String, List<String>> form) {
        List<LevelRow> levels = new ArrayList<>();
        for (int i = 1; i <= LEVEL_ROWS; i++) {
            levels.add(new LevelRow(i, value(form, "level_zh_" + i), value(form, "level_en_" + i)));
        }
        List<ItemRow> items = new ArrayList<>();
        for (int i = 0; i < 2000 && form.containsKey("code_" + i); i++) {
            items.add(new ItemRow(i, value(form, "order_" + i), value(form, "code_" + i).toUpperCase(Locale.ROOT),
                    value(form, "parent_" + i).toUpperCase(Locale.ROOT), value(form, "name_zh_" + i),
                    value(form, "name_en_" + i), value(form, "desc_zh_" + i), value(form, "desc_en_" + i),
                    form.containsKey("remove_" + i), form.containsKey("existing_" + i)));
        }
        return new FrameworkForm(fields.slug(), fields.title_zh(), fields.title_en(), levels, fields.proficient(),
                fields.rule_course(), fields.rule_quiz_percent(), fields.rule_quiz(), fields.rule_session(),
                fields.rule_sample(), items, fields.detach() != null);
    }

    /**
     * The framework this form describes, or null with {@code errors} filled. Blank new rows are skipped; removed rows
     * are left out (the competency is retired, its evidence and history kept). {@code errors} holds those of
     * {@link Fields} already (the slug, the titles' length).
     */
    FrameworkFile toFile(FormErrors errors, Set<String> codesElsewhere) {
        if (titleZh.isEmpty() && titleEn.isEmpty()) {
            errors.add("title_zh", "required");
        }
        List<Framework.Level> scale = new ArrayList<>();
        for (LevelRow l : levels) {
            if (l.nameZh().isEmpty() && l.nameEn().isEmpty()) {
                continue;
            }
            if (scale.size() + 1 != l.level()) {
                errors.add("level_zh_" + l.level(), "framework_level_gap");
            }
            tooLong(errors, "level_zh_" + l.level(), l.nameZh(), 100);
            tooLong(errors, "level_en_" + l.level(), l.nameEn(), 100);
            scale.add(new Framework.Level(l.level(), names(l.nameZh(), l.nameEn()),
                    String.valueOf(l.level()).equals(proficient) ? Boolean.TRUE : null));
        }
        if (scale.isEmpty()) {
            errors.add("level_zh_1", "required");
        } else if (scale.stream().noneMatch(Framework.Level::isProficient)) {
            errors.add("proficient", "framework_proficient_required");
        }
        int max = scale.size();
        Integer course = level("rule_course", ruleCourse, max, errors);
        Integer quiz = level("rule_quiz", ruleQuiz, max, errors);
        Integer session = level("rule_session", ruleSession, max, errors);
        Integer sample = level("rule_sample", ruleSample, max, errors);
        Integer percent = number("rule_quiz_percent", ruleQuizPercent, 0, 100, errors);
        Framework.QuizRule quizRule = quiz == null ? null : new Framework.QuizRule(percent == null ? 0 : percent, quiz);

        List<ItemRow> kept = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (ItemRow row : items) {
            boolean blank = row.code().isEmpty() && row.nameZh().isEmpty() && row.nameEn().isEmpty();
            if (row.remove() || (!row.existing() && blank)) {
                continue;
            }
            if (!FrameworkLoader.CODE.matcher(row.code()).matches() || row.code().length() > 64) {
                errors.add("code_" + row.index(), "framework_code_invalid");
            } else if (!codes.add(row.code())) {
                errors.add("code_" + row.index(), "content_error_duplicate_code");
            } else if (codesElsewhere.contains(row.code())) {
                errors.add("code_" + row.index(), "framework_code_elsewhere");
            }
            if (row.nameZh().isEmpty() && row.nameEn().isEmpty()) {
                errors.add("name_zh_" + row.index(), "required");
            }
            number("order_" + row.index(), row.order(), 0, 100000, errors);
            tooLong(errors, "name_zh_" + row.index(), row.nameZh(), 200);
            tooLong(errors, "name_en_" + row.index(), row.nameEn(), 200);
            tooLong(errors, "desc_zh_" + row.index(), row.descriptionZh(), 2000);
            tooLong(errors, "desc_en_" + row.index(), row.descriptionEn(), 2000);
            kept.add(row);
        }
        for (ItemRow row : kept) {
            if (!row.parent().isEmpty() && (!codes.contains(row.parent()) || row.parent().equals(row.code()))) {
                errors.add("parent_" + row.index(), "content_error_unknown_parent");
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        kept.sort(Comparator.comparingInt((ItemRow r) -> r.order().isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(r.order()))
                .thenComparingInt(ItemRow::index));
        List<FrameworkFile.Item> out = kept.stream().map(r -> new FrameworkFile.Item(r.code(),
                r.parent().isEmpty() ? null : r.parent(), names(r.nameZh(), r.nameEn()),
                names(r.descriptionZh(), r.descriptionEn()))).toList();
        return new FrameworkFile(names(titleZh, titleEn), scale, new Framework.Rules(course, quizRule, session, sample),
                out);
    }

    private static Integer level(String field, String value, int max, FormErrors errors) {
        Integer n = number(field, value, 1, Math.max(1, max), errors);
        if (n == null && !value.isEmpty() && !errors.has(field)) {
            errors.add(field, "framework_rule_level");
        }
        return n;
    }

    private static Integer number(String field, String value, int min, int max, FormErrors errors) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(field, field.startsWith("rule_") && !field.equals("rule_quiz_percent") ? "framework_rule_level"
                : "content_error_invalid_value");
        return null;
    }

    private static void tooLong(FormErrors errors, String field, String value, int max) {
        if (value.length() > max) {
            errors.add(field, "too_long");
        }
    }

    private static Map<String, String> names(String zh, String en) {
        Map<String, String> m = new LinkedHashMap<>();
        if (!zh.isEmpty()) {
            m.put("zh-CN", zh);
        }
        if (!en.isEmpty()) {
            m.put("en", en);
        }
        return m;
    }

    private static void addBlankRows(List<ItemRow> items) {
        for (int i = 0; i < NEW_ROWS; i++) {
            items.add(new ItemRow(items.size(), "", "", "", "", "", "", "", false, false));
        }
    }

    private static String value(Map<String, List<String>> form, String key) {
        List<String> values = form.get(key);
        return values == null || values.isEmpty() ? "" : stripped(values.get(0));
    }

    private static String stripped(String v) {
        return v == null ? "" : v.strip();
    }

    private static String text(Map<String, String> m, String lang) {
        return m == null ? "" : m.getOrDefault(lang, "");
    }

    private static String str(Integer n) {
        return n == null ? "" : n.toString();
    }
}
