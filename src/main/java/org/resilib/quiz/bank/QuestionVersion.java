package org.resilib.quiz.bank;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.resilib.gift.QuestionType;

/** One immutable version of a question. */
@Entity
@Table(name = "question_version")
public class QuestionVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "question_id")
    public Long questionId;

    public int version;

    public String type;

    public String title = "";

    public String format = "moodle";

    public String text;

    @Column(name = "text_after")
    public String textAfter = "";

    @JdbcTypeCode(SqlTypes.JSON)
    public List<AnswerData> answers = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<PairData> pairs = new ArrayList<>();

    @Column(name = "general_feedback")
    public String generalFeedback = "";

    /** Null when the general feedback has the question text's format. */
    @Column(name = "general_feedback_format")
    public String generalFeedbackFormat;

    /** The language the question is written in. */
    public String language = "zh-CN";

    /** The texts in other languages, by language tag ({@code en}); empty when the quiz has no translation. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, QuestionTranslation> translations = new LinkedHashMap<>();

    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "created_by")
    public String createdBy;

    /** The stored type key read as a type; only known keys are ever stored. */
    public QuestionType questionType() {
        return QuestionType.fromKey(type).orElseThrow(() -> new IllegalStateException("Unknown question type " + type));
    }

    public QuestionContent content() {
        return new QuestionContent(id, questionType(), title, format, text, textAfter, answers, pairs, generalFeedback,
                generalFeedbackFormat);
    }

    /**
     * The question as a reader of {@code locale} sees it: its translation for the language tag, else for the language
     * alone, else the original ({@link #translated} tells which).
     */
    public QuestionContent content(Locale locale) {
        QuestionTranslation t = translation(locale);
        return t == null ? content() : new QuestionContent(id, questionType(), title, t.format(), t.text(),
                t.textAfter(), t.answers(), t.pairs(), t.generalFeedback(), t.generalFeedbackFormat());
    }

    /** Every translation's content (short answers accepted in any language count). */
    public List<QuestionContent> translatedContents() {
        return translations.keySet().stream().map(tag -> content(Locale.forLanguageTag(tag))).toList();
    }

    /** Whether this reader sees the question in their language: written in it, or translated into it. */
    public boolean translated(Locale locale) {
        return locale == null || Locale.forLanguageTag(language).getLanguage().equals(locale.getLanguage())
                || translation(locale) != null;
    }

    /** The language of {@link #content(Locale)}: the translation's tag, or the original's. */
    public String shownLanguage(Locale locale) {
        if (locale != null && translations != null) {
            if (translations.containsKey(locale.toLanguageTag())) {
                return locale.toLanguageTag();
            }
            if (translations.containsKey(locale.getLanguage())) {
                return locale.getLanguage();
            }
        }
        return language;
    }

    private QuestionTranslation translation(Locale locale) {
        if (locale == null || translations == null || translations.isEmpty()) {
            return null;
        }
        QuestionTranslation t = translations.get(locale.toLanguageTag());
        return t != null ? t : translations.get(locale.getLanguage());
    }
}
