package org.resilib.guide.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.resilib.audit.AuditLog;
import org.resilib.db.SqlTimes;
import org.resilib.text.LocalizedText;
import org.resilib.web.DomainException;

/**
 * Guides edited in the browser by editors and admins: each guide has a draft (the live guide until someone changes
 * it), publishing makes the draft the live guide as its next version, and any version can be published again.
 * Every change first takes the guide row's lock, so that two editors at once never lose each other's changes; a
 * guide from content/ published in the browser is detached from its files until an editor attaches it again.
 */
@ApplicationScoped
public class GuideDrafts {

    static final int MAX_TEXT = 20_000;
    static final int MAX_BODY = 100_000;
    static final int MAX_SECTIONS = 40;
    static final List<String> LANGUAGES = List.of("zh-CN", "en");

    /** A guide in the editors' list. */
    public record Listed(String slug, Map<String, String> title, String status, boolean emergency,
            boolean fileManaged, boolean detached, boolean unpublishedChanges, Instant changedAt) {
    }

    /** The draft as the editor shows it, with what the guide is now. */
    public record Draft(String slug, GuideDocument document, String status, boolean fileManaged, boolean detached,
            boolean unpublishedChanges, Instant changedAt, String changedBy) {
    }

    /** One entry of the version history. */
    public record Version(int number, String source, Integer restoredFrom, Instant at, String by, int sections) {
    }

    /** What the guide form posts. */
    public record GuideForm(String titleZh, String titleEn, String summaryZh, String summaryEn, boolean emergency) {
    }

    /** What a section form posts: the embed as a list name and its filters. */
    public record SectionForm(String slug, String titleZh, String titleEn, String bodyZh, String bodyEn,
            boolean faq, String list, String access, String flag, String subject, String dimension, String limit) {
    }

    private final EntityManager em;
    private final GuideWriter writer;
    private final AuditLog audit;

    GuideDrafts(EntityManager em, GuideWriter writer, AuditLog audit) {
        this.em = em;
        this.writer = writer;
        this.audit = audit;
    }

    /** Every guide, published or not, by slug. */
    @Transactional
    public List<Listed> list() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select p.slug, cast(p.title as text), p.status, p.emergency,"
                + " p.file_managed, p.detached, d.page_id is not null, greatest(p.updated_at, d.updated_at)"
                + " from guide_page p left join guide_draft d on d.page_id = p.id order by p.slug").getResultList();
        return rows.stream().map(r -> new Listed((String) r[0], texts((String) r[1]), (String) r[2],
                Boolean.TRUE.equals(r[3]), Boolean.TRUE.equals(r[4]), Boolean.TRUE.equals(r[5]),
                Boolean.TRUE.equals(r[6]), SqlTimes.instant(r[7]))).toList();
    }

    /** Starts a guide in the browser: a draft nobody reads until it is published. */
    @Transactional
    public void create(String slug, String titleZh, String titleEn, Long actorId, String by) {
        String s = slug == null ? "" : slug.strip();
        if (!GuideFolderReader.SLUG.matcher(s).matches()) {
            throw DomainException.badRequest("slug", "guide_error_guide_slug");
        }
        Map<String, String> title = LocalizedText.of(titleZh, titleEn);
        if (title.isEmpty()) {
            throw DomainException.badRequest("titleZh", "guide_error_text_required");
        }
        checkLength("titleZh", title, MAX_TEXT);
        Number taken = (Number) em.createNativeQuery("insert into guide_page (slug, title, status, file_managed)"
                + " values (?1, cast(?2 as jsonb), 'draft', false) on conflict (slug) do nothing returning id")
                .setParameter(1, s).setParameter(2, writer.write(title)).getResultStream().findFirst().orElse(null);
        if (taken == null) {
            throw DomainException.conflict("slug", "guide_error_guide_slug_taken");
        }
        GuideDocument d = new GuideDocument(s, title, Map.of(), false, "draft", List.of());
        saveDraft(taken.longValue(), d, by);
        audit.record(actorId, by, AuditLog.Action.GUIDE_CHANGED, "guide:" + s, Map.of("change", "created"));
    }

    /** The draft of a guide; 404 when there is none. */
    @Transactional
    public Draft draft(String slug) {
        Page p = page(slug, false);
        return new Draft(slug, p.draft(), p.status(), p.fileManaged(), p.detached(), p.hasDraft(), p.changedAt(),
                p.changedBy());
    }

    @Transactional
    public void saveGuide(String slug, GuideForm form, String by) {
        Map<String, String> title = LocalizedText.of(form.titleZh(), form.titleEn());
        if (title.isEmpty()) {
            throw DomainException.badRequest("titleZh", "guide_error_text_required");
        }
        checkLength("titleZh", title, MAX_TEXT);
        Map<String, String> summary = LocalizedText.of(form.summaryZh(), form.summaryEn());
        checkLength("summaryZh", summary, MAX_TEXT);
        Page p = page(slug, true);
        GuideDocument d = p.draft();
        saveDraft(p.id(), new GuideDocument(d.slug(), title, summary, form.emergency(), d.status(), d.sections()), by);
    }

    /** Saves a section: the one at {@code position}, or a new last one when it is null. */
    @Transactional
    public void saveSection(String slug, Integer position, SectionForm form, String by) {
        GuideDocument.Section section = section(form);
        Page p = page(slug, true);
        GuideDocument d = p.draft();
        List<GuideDocument.Section> sections = new ArrayList<>(d.sections());
        int index = position == null ? -1 : indexOf(sections, position);
        for (GuideDocument.Section other : sections) {
            if (other.slug().equals(section.slug()) && (index < 0 || other != sections.get(index))) {
                throw DomainException.badRequest("slug", "guide_error_section_slug_taken");
            }
        }
        if (index < 0) {
            if (sections.size() >= MAX_SECTIONS) {
                throw DomainException.badRequest("slug", "guide_error_sections");
            }
            sections.add(section);
        } else {
            sections.set(index, section);
        }
        saveDraft(p.id(), withSections(d, sections), by);
    }

    /** Moves a section one place up ({@code -1}) or down ({@code 1}). */
    @Transactional
    public void moveSection(String slug, int position, int by, String who) {
        Page p = page(slug, true);
        List<GuideDocument.Section> sections = new ArrayList<>(p.draft().sections());
        int index = indexOf(sections, position);
        int target = index + Integer.signum(by);
        if (target >= 0 && target < sections.size()) {
            sections.add(target, sections.remove(index));
            saveDraft(p.id(), withSections(p.draft(), sections), who);
        }
    }

    @Transactional
    public void deleteSection(String slug, int position, String by) {
        Page p = page(slug, true);
        List<GuideDocument.Section> sections = new ArrayList<>(p.draft().sections());
        sections.remove(indexOf(sections, position));
        saveDraft(p.id(), withSections(p.draft(), sections), by);
    }

    /** Drops the unpublished changes: the draft is the live guide again. */
    @Transactional
    public void discard(String slug) {
        Page p = page(slug, true);
        if (p.status().equals("published")) {
            em.createNativeQuery("delete from guide_draft where page_id = ?1").setParameter(1, p.id())
                    .executeUpdate();
        }
    }

    /** Makes the draft the live guide and returns the new version's number. */
    @Transactional
    public int publish(String slug, Long actorId, String by) {
        Page p = page(slug, true);
        GuideDocument d = p.draft();
        int number = apply(p, new GuideDocument(d.slug(), d.title(), d.summary(), d.emergency(), "published",
                d.sections()), GuideWriter.Source.BROWSER, null, by);
        audit.record(actorId, by, AuditLog.Action.GUIDE_CHANGED, "guide:" + slug, Map.of("change", "published",
                "version", number));
        return number;
    }

    /** Publishes an earlier version again, as a new version. */
    @Transactional
    public int restore(String slug, int number, Long actorId, String by) {
        Page p = page(slug, true);
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery("select cast(document as text) from guide_version where page_id = ?1"
                + " and number = ?2").setParameter(1, p.id()).setParameter(2, number).getResultList();
        if (found.isEmpty()) {
            throw new DomainException(404, null, "guide_not_found_version");
        }
        String document = found.get(0);
        GuideDocument d = writer.read(document);
        int created = apply(p, new GuideDocument(p.draft().slug(), d.title(), d.summary(), d.emergency(),
                "published", d.sections()), GuideWriter.Source.RESTORE, number, by);
        audit.record(actorId, by, AuditLog.Action.GUIDE_CHANGED, "guide:" + slug, Map.of("change", "restored",
                "version", created, "restoredFrom", number));
        return created;
    }

    /** Takes a live guide off the site; it stays a draft that can be published again. */
    @Transactional
    public int unpublish(String slug, Long actorId, String by) {
        Page p = page(slug, true);
        if (!p.status().equals("published")) {
            throw DomainException.conflict("status", "guide_error_not_published");
        }
        GuideDocument live = p.live();
        int created = apply(p, new GuideDocument(live.slug(), live.title(), live.summary(), live.emergency(),
                "draft", live.sections()), GuideWriter.Source.BROWSER, null, by, false);
        audit.record(actorId, by, AuditLog.Action.GUIDE_CHANGED, "guide:" + slug, Map.of("change", "unpublished",
                "version", created));
        return created;
    }

    /** A detached guide from content/ goes back to its files: the next content reload puts their version back. */
    @Transactional
    public void attach(String slug, Long actorId, String by) {
        Page p = page(slug, true);
        if (!p.fileManaged()) {
            throw DomainException.badRequest("slug", "guide_error_not_file_managed");
        }
        em.createNativeQuery("update guide_page set detached = false, source_hash = null where id = ?1")
                .setParameter(1, p.id()).executeUpdate();
        audit.record(actorId, by, AuditLog.Action.GUIDE_CHANGED, "guide:" + slug, Map.of("change", "attached"));
    }

    /** The latest 50 versions, newest first. */
    @Transactional
    public List<Version> versions(String slug) {
        Page p = page(slug, false);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select number, source, restored_from, created_at, created_by,"
                + " jsonb_array_length(document -> 'sections') from guide_version where page_id = ?1 order by number"
                + " desc limit 50").setParameter(1, p.id()).getResultList();
        return rows.stream().map(r -> new Version(((Number) r[0]).intValue(), (String) r[1],
                r[2] == null ? null : ((Number) r[2]).intValue(), SqlTimes.instant(r[3]), (String) r[4],
                ((Number) r[5]).intValue())).toList();
    }

    /** The draft as a guide the reader's page can show, under an id of its own so nothing of it is cached. */
    @Transactional
    public GuidePages.Guide preview(String slug) {
        Page p = page(slug, false);
        GuideDocument d = p.draft();
        List<GuidePages.Section> sections = d.sections().stream().map(s -> new GuidePages.Section(s.position(),
                s.slug(), s.title(), s.body(), s.embed(), s.faq())).toList();
        return new GuidePages.Guide(-p.id(), d.slug(), d.title(), d.summary(), d.emergency(), "draft", sections);
    }

    private int apply(Page p, GuideDocument d, GuideWriter.Source source, Integer restoredFrom, String by) {
        return apply(p, d, source, restoredFrom, by, true);
    }

    private int apply(Page p, GuideDocument d, GuideWriter.Source source, Integer restoredFrom, String by,
            boolean dropDraft) {
        if (d.status().equals("published")) {
            publishable(d);
            Optional<String> taken = writer.emergencyTakenBy(d);
            if (taken.isPresent()) {
                throw DomainException.conflict("emergency", "guide_error_emergency_taken");
            }
        }
        writer.write(p.id(), d, null, p.fileManaged(), source, restoredFrom, by);
        if (dropDraft) {
            em.createNativeQuery("delete from guide_draft where page_id = ?1").setParameter(1, p.id())
                    .executeUpdate();
        }
        if (p.fileManaged()) {
            em.createNativeQuery("update guide_page set detached = true where id = ?1").setParameter(1, p.id())
                    .executeUpdate();
        }
        return ((Number) em.createNativeQuery("select max(number) from guide_version where page_id = ?1")
                .setParameter(1, p.id()).getSingleResult()).intValue();
    }

    /** What a published guide needs: at least one section, and FAQ sections that are lists of questions. */
    private static void publishable(GuideDocument d) {
        if (d.sections().isEmpty()) {
            throw DomainException.conflict("sections", "guide_error_no_sections");
        }
        for (GuideDocument.Section s : d.sections()) {
            if (s.faq() && s.body().values().stream().anyMatch(b -> GuideFolderReader.faqFault(b) >= 0)) {
                throw DomainException.conflict("section-" + s.slug(), "guide_error_faq");
            }
        }
    }

    private GuideDocument.Section section(SectionForm f) {
        String slug = f.slug() == null ? "" : f.slug().strip();
        if (!slug.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw DomainException.badRequest("slug", "guide_error_section_slug");
        }
        Map<String, String> title = LocalizedText.of(f.titleZh(), f.titleEn());
        if (title.isEmpty()) {
            throw DomainException.badRequest("titleZh", "guide_error_text_required");
        }
        checkLength("titleZh", title, MAX_TEXT);
        Map<String, String> body = LocalizedText.of(f.bodyZh(), f.bodyEn());
        checkLength("bodyZh", body, MAX_BODY);
        for (String tag : body.keySet()) {
            if (!title.containsKey(tag)) {
                throw DomainException.badRequest(tag.equals("en") ? "titleEn" : "titleZh", "guide_error_title_for_body");
            }
        }
        if (f.faq() && body.values().stream().anyMatch(b -> GuideFolderReader.faqFault(b) >= 0)) {
            throw DomainException.badRequest(body.containsKey("zh-CN")
                    && GuideFolderReader.faqFault(body.get("zh-CN")) >= 0 ? "bodyZh" : "bodyEn", "guide_error_faq");
        }
        Embed embed = null;
        if (f.list() != null && !f.list().isBlank()) {
            Map<String, String> given = new LinkedHashMap<>();
            given.put("list", f.list().strip());
            put(given, "access", f.access());
            put(given, "flag", f.flag());
            put(given, "subject", f.subject());
            put(given, "dimension", f.dimension());
            put(given, "limit", f.limit());
            List<String> wrong = new ArrayList<>();
            embed = Embed.of(given, wrong).orElseThrow(() -> DomainException.badRequest(
                    wrong.isEmpty() || wrong.get(0).equals("list") ? "list" : wrong.get(0), "guide_error_embed"));
        }
        return new GuideDocument.Section(0, slug, title, body, embed, f.faq());
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (value != null && !value.isBlank()) {
            m.put(key, value.strip());
        }
    }

    private static GuideDocument withSections(GuideDocument d, List<GuideDocument.Section> sections) {
        List<GuideDocument.Section> numbered = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            GuideDocument.Section s = sections.get(i);
            numbered.add(new GuideDocument.Section((i + 1) * 10, s.slug(), s.title(), s.body(), s.embed(), s.faq()));
        }
        return new GuideDocument(d.slug(), d.title(), d.summary(), d.emergency(), d.status(), List.copyOf(numbered));
    }

    private static int indexOf(List<GuideDocument.Section> sections, int position) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).position() == position) {
                return i;
            }
        }
        throw new DomainException(404, null, "guide_not_found_section");
    }

    private static void checkLength(String field, Map<String, String> texts, int max) {
        texts.forEach((tag, t) -> {
            if (t.length() > max) {
                throw DomainException.badRequest(tag.equals("en") ? field.replace("Zh", "En") : field,
                        "guide_error_too_long");
            }
        });
    }

    private void saveDraft(long pageId, GuideDocument d, String by) {
        em.createNativeQuery("insert into guide_draft (page_id, document, updated_by) values (?1, cast(?2 as jsonb),"
                + " ?3) on conflict (page_id) do update set document = excluded.document, updated_at = now(),"
                + " updated_by = excluded.updated_by").setParameter(1, pageId).setParameter(2, writer.write(d))
                .setParameter(3, by).executeUpdate();
    }

    /** A guide row (locked when asked), its live document (the latest version) and its draft. */
    private record Page(long id, String status, boolean fileManaged, boolean detached, GuideDocument live,
            GuideDocument draft, boolean hasDraft, Instant changedAt, String changedBy) {
    }

    private Page page(String slug, boolean lock) {
        if (lock) {
            // The lock first, on its own: the statement reading the draft must start after it is granted, so that
            // it sees what the editor who held it saved (a statement's snapshot is taken when it starts).
            em.createNativeQuery("select id from guide_page where slug = ?1 for update")
                    .setParameter(1, Objects.requireNonNullElse(slug, "")).getResultList();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select p.id, p.status, p.file_managed, p.detached,"
                + " (select cast(v.document as text) from guide_version v where v.page_id = p.id order by v.number"
                + " desc limit 1), cast(d.document as text), coalesce(d.updated_at, p.updated_at), d.updated_by"
                + " from guide_page p left join guide_draft d on d.page_id = p.id where p.slug = ?1").setParameter(1, Objects.requireNonNullElse(slug, ""))
                .getResultList();
        if (rows.isEmpty()) {
            throw new DomainException(404, null, "guide_not_found_guide");
        }
        Object[] r = rows.get(0);
        GuideDocument live = r[4] == null ? null : writer.read((String) r[4]);
        GuideDocument draft = r[5] == null ? live : writer.read((String) r[5]);
        if (draft == null) {
            draft = new GuideDocument(slug, Map.of(), Map.of(), false, "draft", List.of());
        }
        return new Page(((Number) r[0]).longValue(), (String) r[1], Boolean.TRUE.equals(r[2]),
                Boolean.TRUE.equals(r[3]), live, draft, r[5] != null, SqlTimes.instant(r[6]), (String) r[7]);
    }

    private Map<String, String> texts(String json) {
        return json == null ? Map.of() : writer.readTexts(json);
    }
}
