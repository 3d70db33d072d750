package org.resilib.survey.edit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.resilib.content.ContentProblem;
import org.resilib.identity.Viewer;
import org.resilib.survey.Survey;
import org.resilib.survey.SurveyLoader;
import org.resilib.survey.SurveyService;
import org.resilib.survey.definition.SurveyChange;
import org.resilib.survey.definition.SurveyCheck;
import org.resilib.survey.definition.SurveyFile;
import org.resilib.survey.definition.SurveyJs;
import org.resilib.web.DomainException;
import org.resilib.web.Problem;

/**
 * Surveys made and changed outside {@code content/}: saved from a SurveyJS model (a new one as a draft), published,
 * closed. Their maker and admins may do it; a file's survey is changed in its file (admins may still close it). A
 * survey with responses takes only the changes its responses allow ({@link SurveyChange}), and every definition
 * passes {@link SurveyCheck}, as a file's does.
 */
@ApplicationScoped
public class SurveyEditing {

    /** A new survey's settings until its model says otherwise. */
    static final SurveyFile NEW = new SurveyFile(Map.of(), null, "everyone", false, null, null, null, null, null,
            List.of());

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
            .registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final EntityManager em;
    private final SurveyLoader loader;

    SurveyEditing(EntityManager em, SurveyLoader loader) {
        this.em = em;
        this.loader = loader;
    }

    /** Whether it was made now, or changed. */
    public enum Saved {
        CREATED, CHANGED
    }

    /** The SurveyJS model of a survey the viewer may edit, or any published one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ObjectNode export(String slug, Viewer viewer, BiFunction<Integer, Integer, Map<String, String>> points) {
        Survey s = find(slug);
        if (!"published".equals(s.status) && !mayEdit(s, viewer)) {
            throw new DomainException(404, null, "survey_not_found");
        }
        return SurveyJs.export(withDates(s), points);
    }

    /**
     * Saves a SurveyJS model as the survey {@code slug}: a 400 naming each element that has no Resilib type, each
     * problem of the definition, or each change its responses forbid; nothing is stored then.
     */
    @Transactional
    public Saved save(String slug, Viewer viewer, JsonNode model) {
        requireSlug(slug);
        Survey s = lockedForSave(slug, viewer);
        SurveyJs.Imported imported = SurveyJs.read(model, s == null ? NEW : withDates(s));
        if (!imported.unmapped().isEmpty()) {
            throw invalid(imported.unmapped().stream().map(u -> new Problem.FieldError(u.path(), u.code(), u.what()))
                    .toList());
        }
        SurveyFile f = imported.survey();
        List<ContentProblem> problems = SurveyCheck.problems(f, null, "surveyjs");
        if (!problems.isEmpty()) {
            throw invalid(problems.stream().map(p -> new Problem.FieldError("surveyjs", p.code(), p.detail()))
                    .toList());
        }
        return store(s, slug, viewer, f, "surveyjs");
    }

    /**
     * Saves a survey's text in the file format ({@code content/FORMAT.md}) as the survey {@code slug}: the problems,
     * each with its line, when the text cannot be used (nothing is stored then). {@code create}: only as a new
     * survey (a slug already taken is a problem).
     */
    @Transactional
    public Saved saveText(String slug, Viewer viewer, String text, List<ContentProblem> problems, boolean create) {
        requireSlug(slug);
        if (create && Survey.count("slug", slug) > 0) {
            problems.add(new ContentProblem("text", 1, "survey_slug_taken", slug));
            return null;
        }
        Survey s = lockedForSave(slug, viewer);
        if (create && s != null) {
            problems.add(new ContentProblem("text", 1, "survey_slug_taken", slug));
            return null;
        }
        SurveyFile f = loader.parse(text == null ? "" : text, "text", slug, problems);
        if (f == null || !problems.isEmpty()) {
            return null;
        }
        try {
            return store(s, slug, viewer, f, "text");
        } catch (DomainException e) {
            if (e.details() == null) {
                throw e;
            }
            e.details().forEach(d -> problems.add(new ContentProblem("text", ContentProblem.lineOf(text,
                    "id: " + d.message().split(":")[0]), d.code(), d.message())));
            return null;
        }
    }

    /** The text of a survey in the file format, for the editor: its definition written as YAML. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String text(String slug, Viewer viewer) {
        Survey s = find(slug);
        if (!mayEdit(s, viewer) || s.fileManaged) {
            throw s.fileManaged ? DomainException.conflict(null, "survey_file_managed")
                    : DomainException.forbidden("survey_edit_forbidden");
        }
        try {
            return YAML.writeValueAsString(withDates(s));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a survey of this slug exists (from a file, the browser, an import). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean exists(String slug) {
        return Survey.count("slug", slug == null ? "" : slug) > 0;
    }

    /** A survey's status (draft, published, closed): 404 for none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String status(String slug) {
        return find(slug).status;
    }

    /** The surveys this person may manage (admins: all), newest change first: one statement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Managed> managed(Viewer viewer) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.slug, cast(s.title as text), s.status, s.file_managed,"
                + " (select count(*) from survey_response r where r.survey_id = s.id) from survey s where ?1 or"
                + " s.created_by = ?2 order by s.updated_at desc, s.slug limit 500").setParameter(1, viewer.isAdmin())
                .setParameter(2, viewer.getId() == null ? -1L : viewer.getId()).getResultList();
        return rows.stream().map(r -> new Managed((String) r[0], SurveyService.texts(YAML, (String) r[1]),
                (String) r[2],
                Boolean.TRUE.equals(r[3]), ((Number) r[4]).longValue())).toList();
    }

    /** A survey in the management list: its texts, status, whether a file holds it, and how many responses. */
    public record Managed(String slug, Map<String, String> title, String status, boolean fileManaged,
            long responses) {
    }

    /** The survey under its lock (null when new); 409 for a file's, 403 for someone else's. */
    private Survey lockedForSave(String slug, Viewer viewer) {
        // One save of a slug at a time, so that two saving a new survey at once make one (the other changes it).
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('survey:' || ?1))").setParameter(1, slug)
                .getSingleResult();
        Survey s = Survey.<Survey>find("slug", slug).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (s != null && s.fileManaged) {
            throw DomainException.conflict(null, "survey_file_managed");
        }
        if (s != null && !mayEdit(s, viewer)) {
            throw DomainException.forbidden("survey_edit_forbidden");
        }
        return s;
    }

    private static void requireSlug(String slug) {
        if (slug == null || !SurveyCheck.SLUG.matcher(slug).matches() || slug.length() > 80
                || SurveyCheck.RESERVED.contains(slug)) {
            throw DomainException.badRequest("slug", "framework_slug_invalid");
        }
    }

    /** Stores a checked definition: refused (400) when its responses forbid the change. */
    private Saved store(Survey s, String slug, Viewer viewer, SurveyFile f, String field) {
        if (s != null) {
            @SuppressWarnings("unchecked")
            List<String> answered = em.createNativeQuery("select distinct jsonb_object_keys(answers) from"
                    + " survey_response where survey_id = ?1").setParameter(1, s.id).getResultList();
            List<String> refused = SurveyChange.refused(s.definition, f, Set.copyOf(answered));
            if (!refused.isEmpty()) {
                throw invalid(refused.stream().map(r -> new Problem.FieldError(field, "survey_change_refused",
                        r)).toList());
            }
        }
        Saved saved = s == null ? Saved.CREATED : Saved.CHANGED;
        if (s == null) {
            s = new Survey();
            s.slug = slug;
            s.status = "draft";
            s.createdBy = viewer.requireId();
        }
        s.define(f);
        s.persist();
        return saved;
    }

    /** Publishes a draft (or opens a closed survey again). */
    @Transactional
    public void publish(String slug, Viewer viewer) {
        Survey s = editable(slug, viewer, false);
        s.status = "published";
        s.updatedAt = Instant.now();
    }

    /** Closes a published survey: no more responses; its results stay. Admins may close a file's survey too. */
    @Transactional
    public void close(String slug, Viewer viewer) {
        Survey s = editable(slug, viewer, true);
        if (!"published".equals(s.status)) {
            throw DomainException.conflict(null, "survey_not_published");
        }
        s.status = "closed";
        s.updatedAt = Instant.now();
    }

    private Survey editable(String slug, Viewer viewer, boolean fileAllowed) {
        Survey s = find(slug);
        if (s.fileManaged && !(fileAllowed && viewer.isAdmin())) {
            throw DomainException.conflict(null, "survey_file_managed");
        }
        if (!mayEdit(s, viewer)) {
            throw DomainException.forbidden("survey_edit_forbidden");
        }
        return s;
    }

    private static Survey find(String slug) {
        Survey s = Survey.<Survey>find("slug", slug == null ? "" : slug).firstResult();
        if (s == null) {
            throw new DomainException(404, null, "survey_not_found");
        }
        return s;
    }

    private static boolean mayEdit(Survey s, Viewer viewer) {
        return viewer.isAdmin() || viewer.isInstructor() && s.createdBy != null && s.createdBy.equals(viewer.getId());
    }

    /** The stored definition with its dates, which live in their columns. */
    private static SurveyFile withDates(Survey s) {
        SurveyFile d = s.definition;
        return new SurveyFile(d.title(), d.description(), d.audience(), d.anonymous(),
                s.opensAt == null ? null : s.opensAt.atOffset(ZoneOffset.UTC),
                s.closesAt == null ? null : s.closesAt.atOffset(ZoneOffset.UTC), d.course(), d.courses(),
                d.sessions(), d.pages());
    }

    private static DomainException invalid(List<Problem.FieldError> errors) {
        List<Problem.FieldError> all = new ArrayList<>(errors);
        return new DomainException(400, all.get(0).field(), "survey_import_refused", all);
    }
}
