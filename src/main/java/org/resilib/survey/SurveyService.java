package org.resilib.survey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.resilib.course.LearnerStates;
import org.resilib.survey.answer.AnswerRules;
import org.resilib.survey.definition.SurveyAudience;
import org.resilib.survey.definition.SurveyFile;
import org.resilib.text.LocalizedText;
import org.resilib.time.Zones;
import org.resilib.web.DomainException;
import org.resilib.web.Problem;

/**
 * Taking surveys: which are open to whom, a survey's definition and state for one respondent, the progress of a
 * signed-in person's unfinished response, and submitting a response exactly once (the respondents' ledger's primary
 * key decides, so simultaneous submissions on any number of instances count once).
 */
@ApplicationScoped
public class SurveyService {

    private static final TypeReference<LinkedHashMap<String, Object>> ANSWERS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
    };

    private final EntityManager em;
    private final ObjectMapper json;
    private final LearnerStates learners;
    private final FollowUpRule followUps;
    private final VisitorLimit visitors;

    SurveyService(EntityManager em, ObjectMapper json, LearnerStates learners, FollowUpRule followUps,
            VisitorLimit visitors) {
        this.visitors = visitors;
        this.learners = learners;
        this.followUps = followUps;
        this.em = em;
        this.json = json;
    }

    /** Where a survey stands for one respondent. */
    public enum State {
        OPEN, NOT_YET_OPEN, CLOSED, ANSWERED
    }

    /** A survey in a list. */
    public record Summary(String slug, String title, boolean anonymous, Instant closes, boolean answered) {
    }

    /**
     * A survey as one respondent meets it, about one subject (a follow-up survey's course or session;
     * {@link Subject#NONE} for others; null when a survey that follows every course, or sessions, was opened without
     * naming one); {@code follows} is the kind of subject it asks about ('' for none).
     */
    public record View(long id, String slug, SurveyFile definition, SurveyAudience audience, boolean anonymous,
            Instant opens, Instant closes, State state, Subject subject, String follows) {
        public String title(Locale locale) {
            return LocalizedText.pick(definition.title(), locale);
        }

        /** The subject, required to answer: a 400 naming {@code course} or {@code session} when it was not given. */
        Subject requireSubject() {
            if (subject == null) {
                throw DomainException.badRequest(follows, "survey_" + follows + "_missing");
            }
            return subject;
        }
    }

    /**
     * Surveys the respondent may answer now (published, open, in their audience), soonest closing first. Follow-up
     * surveys are not listed: they are offered with the course or session they follow.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Summary> open(Respondent who, Locale locale) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.slug, cast(s.title as text), s.anonymous, s.closes_at,"
                + " s.audience, exists (select 1 from survey_respondent r where r.survey_id = s.id and r.respondent ="
                + " ?1) from survey s where s.status = 'published' and (s.opens_at is null or s.opens_at <= now())"
                + " and (s.closes_at is null or s.closes_at > now()) and s.course_slug is null and not"
                + " s.for_all_courses and not s.for_sessions order by s.closes_at nulls last, s.slug")
                .setParameter(1, who.ledgerKey() == null ? "" : who.ledgerKey()).getResultList();
        List<Summary> out = new ArrayList<>();
        for (Object[] r : rows) {
            if (SurveyAudience.of((String) r[4]).map(who::inAudience).orElse(false)) {
                out.add(new Summary((String) r[0], LocalizedText.pick(texts((String) r[1]), locale),
                        Boolean.TRUE.equals(r[2]), (Instant) r[3], Boolean.TRUE.equals(r[5])));
            }
        }
        return out;
    }

    /** A published survey for this respondent: 404 for none (or a draft), 403 outside its audience. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public View view(String slug, Respondent who) {
        return view(slug, who, null);
    }

    /**
     * As {@link #view(String, Respondent)}, about the course or session named for a follow-up survey (see
     * {@link FollowUpRule}): 400 for one that does not exist, 403 for one the person did not take or attend.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public View view(String slug, Respondent who, Subject requested) {
        Survey s = Survey.<Survey>find("slug", slug == null ? "" : slug).firstResult();
        if (s == null || "draft".equals(s.status)) {
            throw new DomainException(404, null, "survey_not_found");
        }
        SurveyAudience audience = SurveyAudience.of(s.audience).orElseThrow();
        if (!who.inAudience(audience)) {
            if (!who.signedIn()) {
                throw new DomainException(401, null, "sign_in_required");
            }
            throw DomainException.forbidden("survey_wrong_audience");
        }
        Subject subject = followUps.subject(s, who, requested);
        return new View(s.id, s.slug, s.definition, audience, s.anonymous, s.opensAt, s.closesAt,
                state(s, who, subject), subject, FollowUpRule.kind(s));
    }

    private State state(Survey s, Respondent who, Subject subject) {
        Instant now = Instant.now();
        if ("closed".equals(s.status) || s.closesAt != null && !now.isBefore(s.closesAt)) {
            return State.CLOSED;
        }
        if (s.opensAt != null && now.isBefore(s.opensAt)) {
            return State.NOT_YET_OPEN;
        }
        String key = who.ledgerKey();
        if (key != null && subject != null && ((Number) em.createNativeQuery("select count(*) from"
                + " survey_respondent where survey_id = ?1 and respondent = ?2 and subject = ?3").setParameter(1, s.id)
                .setParameter(2, key).setParameter(3, subject.key()).getSingleResult()).longValue() > 0) {
            return State.ANSWERED;
        }
        return State.OPEN;
    }

    /** The title of what a follow-up survey is about in the reader's language (a course's, a session's). */
    public String subjectTitle(View survey, Locale locale) {
        return survey.subject() == null ? null : followUps.title(survey.subject(), locale);
    }

    /** The answers a signed-in person saved on earlier pages, and the page they were on. */
    public record Progress(int page, Map<String, Object> answers) {
        static final Progress NONE = new Progress(0, Map.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Progress progress(View survey, Respondent who) {
        if (!who.signedIn() || survey.subject() == null) {
            return Progress.NONE;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select page, cast(answers as text) from survey_progress where"
                + " survey_id = ?1 and person_id = ?2 and subject = ?3").setParameter(1, survey.id())
                .setParameter(2, who.personId()).setParameter(3, survey.subject().key()).getResultList();
        return rows.isEmpty() ? Progress.NONE
                : new Progress(((Number) rows.get(0)[0]).intValue(), answers((String) rows.get(0)[1]));
    }

    /**
     * Checks one page's answers (with the answers of the pages before it); on success a signed-in person's progress
     * is saved with the page they move to. The problems, if any, name the questions.
     */
    @Transactional
    public AnswerRules.Checked savePage(View survey, Respondent who, int page, Map<String, ?> answers,
            Map<String, Object> earlier, int next) {
        requireOpen(survey);
        Subject subject = survey.requireSubject();
        SurveyFile.Page p = survey.definition().pages().get(page);
        AnswerRules.Checked checked = AnswerRules.check(p.questions(), answers, earlier, p.questions());
        if (checked.ok() && who.signedIn()) {
            Map<String, Object> all = new LinkedHashMap<>(earlier);
            p.questions().forEach(q -> all.remove(q.id()));
            all.putAll(checked.answers());
            em.createNativeQuery("insert into survey_progress (survey_id, person_id, subject, page, answers) values"
                    + " (?1, ?2, ?5, ?3, cast(?4 as jsonb)) on conflict (survey_id, person_id, subject) do update set"
                    + " page = excluded.page, answers = excluded.answers").setParameter(1, survey.id())
                    .setParameter(2, who.personId()).setParameter(3, next).setParameter(4, write(all))
                    .setParameter(5, subject.key()).executeUpdate();
        }
        return checked;
    }

    /**
     * Submits a response: every answer checked against the whole survey (400 naming each question at fault), the
     * survey open (409), and the respondent's first response (409 otherwise). An anonymous survey's response keeps
     * no person, no time but the day (in UTC) and a random id; a signed-in respondent's progress is removed. A
     * follow-up survey's response is about the course or session named (see {@link FollowUpRule}).
     */
    @Transactional
    public void submit(String slug, Respondent who, Map<String, ?> answers, Subject requested) {
        View survey = view(slug, who, requested);
        Subject subject = survey.requireSubject();
        requireOpen(survey);
        List<SurveyFile.Question> all = AnswerRules.all(survey.definition());
        AnswerRules.Checked checked = AnswerRules.check(all, answers == null ? Map.of() : answers, Map.of(), all);
        if (!checked.ok()) {
            throw invalid(checked);
        }
        String key = who.ledgerKey();
        if (key == null) {
            throw DomainException.badRequest("token", "survey_token_missing");
        }
        int first = em.createNativeQuery("insert into survey_respondent (survey_id, respondent, subject) values"
                + " (?1, ?2, ?3) on conflict do nothing").setParameter(1, survey.id()).setParameter(2, key)
                .setParameter(3, subject.key()).executeUpdate();
        if (first == 0) {
            throw DomainException.conflict(null, "survey_already_answered");
        }
        if (!who.signedIn()) {
            visitors.count(survey.id());
        }
        Instant now = Instant.now();
        em.createNativeQuery("insert into survey_response (id, survey_id, person_id, submitted_on, submitted_at,"
                + " respondent_role, answers, subject) values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as jsonb), ?8)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, survey.id())
                .setParameter(3, survey.anonymous() ? null : who.personId())
                .setParameter(4, LocalDate.ofInstant(now, survey.anonymous() ? ZoneOffset.UTC : Zones.DEFAULT))
                .setParameter(5, survey.anonymous() ? null : now).setParameter(6, who.role())
                .setParameter(7, write(checked.answers())).setParameter(8, subject.responseKey()).executeUpdate();
        if (who.signedIn()) {
            learners.changed(who.personId());
            em.createNativeQuery("delete from survey_progress where survey_id = ?1 and person_id = ?2 and subject ="
                    + " ?3").setParameter(1, survey.id()).setParameter(2, who.personId()).setParameter(3, subject.key())
                    .executeUpdate();
        }
    }

    /** A 400 naming every question at fault as {@code answers.<question id>}. */
    public static DomainException invalid(AnswerRules.Checked checked) {
        List<Problem.FieldError> details = checked.problems().stream()
                .map(p -> new Problem.FieldError("answers." + p.question(), p.code(), null)).toList();
        AnswerRules.Problem first = checked.problems().get(0);
        return new DomainException(400, "answers." + first.question(), first.code(), details);
    }

    private static void requireOpen(View survey) {
        switch (survey.state()) {
            case CLOSED -> throw DomainException.conflict(null, "survey_closed");
            case NOT_YET_OPEN -> throw DomainException.conflict(null, "survey_not_open");
            case ANSWERED -> throw DomainException.conflict(null, "survey_already_answered");
            default -> {
            }
        }
    }

    /** Answers as JSON text; and back. */
    String write(Map<String, Object> answers) {
        try {
            return json.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Map<String, Object> answers(String text) {
        if (text == null || text.isBlank()) {
            return new LinkedHashMap<>();
        }
        try {
            return json.readValue(text, ANSWERS);
        } catch (JsonProcessingException e) {
            return new LinkedHashMap<>();
        }
    }

    private Map<String, String> texts(String text) {
        return texts(json, text);
    }

    /** A per-language text column ({@code jsonb} read as text, a survey's title) as a map; empty when unreadable. */
    public static Map<String, String> texts(ObjectMapper json, String text) {
        try {
            return text == null ? Map.of() : json.readValue(text, TEXTS);
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }
}
