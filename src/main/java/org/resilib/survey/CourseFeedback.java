package org.resilib.survey;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.resilib.course.CourseAccess;
import org.resilib.course.CourseFollowUps;
import org.resilib.db.SqlArrays;
import org.resilib.survey.definition.SurveyAudience;
import org.resilib.text.LocalizedText;

/**
 * A survey that follows a course ({@code course: <slug>}) is offered to the people who completed that course, on
 * the course page and the dashboard, while it is open, in their audience and not answered yet.
 */
@ApplicationScoped
class CourseFeedback implements CourseFollowUps {

    private final EntityManager em;
    private final ObjectMapper json;

    CourseFeedback(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Offer> forCompleted(CourseAccess.Who person, Collection<String> courseSlugs, Locale locale) {
        // One statement even for no courses, so a dashboard costs the same whatever the learner completed.
        if (person.personId() == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.course_slug, s.slug, cast(s.title as text), s.audience"
                + " from survey s where s.status = 'published' and s.course_slug = any(cast(?1 as text[])) and"
                + " (s.opens_at is null or s.opens_at <= now()) and (s.closes_at is null or s.closes_at > now()) and"
                + " not exists (select 1 from survey_respondent r where r.survey_id = s.id and r.respondent = ?2)"
                + " order by s.slug").setParameter(1, SqlArrays.texts(courseSlugs))
                .setParameter(2, "person:" + person.personId()).getResultList();
        List<Offer> out = new ArrayList<>();
        for (Object[] r : rows) {
            SurveyAudience audience = SurveyAudience.of((String) r[3]).orElse(SurveyAudience.EVERYONE);
            boolean in = switch (audience) {
                case STUDENTS -> !person.staff();
                case LIBRARIANS -> person.staff();
                default -> true;
            };
            if (in) {
                out.add(new Offer((String) r[0], "/surveys/" + r[1], LocalizedText.pick(SurveyService.texts(json, (String) r[2]),
                        locale)));
            }
        }
        return out;
    }
}
