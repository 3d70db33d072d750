package org.resilib.authoring.module;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.resilib.authoring.DraftRules;
import org.resilib.authoring.Drafts;
import org.resilib.content.CourseDocument;
import org.resilib.course.Course;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;

/** The modules of a draft: adding, changing, moving and removing them, each under the course row's lock. */
@ApplicationScoped
public class ModuleDrafts {

    private final Drafts drafts;

    ModuleDrafts(Drafts drafts) {
        this.drafts = drafts;
    }

    /** A module the editor checked but did not save (its preview), with every field at fault. */
    public record Checked(CourseDocument draft, CourseDocument.Module module, List<DraftRules.Violation> problems) {
    }

    /** A new module from the editor's form: every field at fault is reported at once (400 with details). */
    @Transactional
    public String addModule(String slug, ModuleForm form, Viewer viewer) {
        CourseDocument.Module module = form.toModule(null);
        List<DraftRules.Violation> v = new ArrayList<>(drafts.formViolations(form));
        v.addAll(DraftRules.module(module));
        Drafts.check(v, 400, "author_invalid");
        addModule(slug, module, viewer);
        return module.slug();
    }

    @Transactional
    public void addModule(String slug, CourseDocument.Module module, Viewer viewer) {
        Drafts.check(DraftRules.module(module), 400, "author_invalid");
        Course course = drafts.editable(slug, viewer, true);
        CourseDocument doc = drafts.draftOf(course);
        if (doc.indexOf(module.slug()) >= 0) {
            throw DomainException.conflict("slug", "author_module_slug_taken");
        }
        if (doc.modules().size() >= DraftRules.MAX_MODULES) {
            throw DomainException.badRequest("modules", "author_too_many_modules");
        }
        List<CourseDocument.Module> modules = new ArrayList<>(doc.modules());
        modules.add(module);
        drafts.save(course, doc.withModules(modules), viewer);
    }

    /**
     * The module as the form would make it, keeping the draft's translations the form does not show, and what is
     * wrong with it; nothing is saved (the editor's preview).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Checked check(String slug, String moduleSlug, ModuleForm form, Viewer viewer) {
        CourseDocument doc = drafts.draft(slug, viewer);
        CourseDocument.Module module = form.withSlug(moduleSlug).toModule(doc.modules().get(requireModule(doc,
                moduleSlug)));
        List<DraftRules.Violation> v = new ArrayList<>(drafts.formViolations(form));
        v.addAll(DraftRules.module(module));
        return new Checked(doc, module, v);
    }

    /** The editor's form saved over a module (its slug stays): every field at fault is reported at once. */
    @Transactional
    public void updateModule(String slug, String moduleSlug, ModuleForm form, Viewer viewer) {
        Course course = drafts.editable(slug, viewer, true);
        CourseDocument doc = drafts.draftOf(course);
        CourseDocument.Module module = form.withSlug(moduleSlug).toModule(doc.modules().get(requireModule(doc,
                moduleSlug)));
        List<DraftRules.Violation> v = new ArrayList<>(drafts.formViolations(form));
        v.addAll(DraftRules.module(module));
        Drafts.check(v, 400, "author_invalid");
        updateModule(slug, moduleSlug, module, viewer);
    }

    @Transactional
    public void updateModule(String slug, String moduleSlug, CourseDocument.Module module, Viewer viewer) {
        CourseDocument.Module kept = new CourseDocument.Module(moduleSlug, module.minutes(), module.title(),
                module.body());
        Drafts.check(DraftRules.module(kept), 400, "author_invalid");
        Course course = drafts.editable(slug, viewer, true);
        CourseDocument doc = drafts.draftOf(course);
        int index = requireModule(doc, moduleSlug);
        List<CourseDocument.Module> modules = new ArrayList<>(doc.modules());
        modules.set(index, kept);
        drafts.save(course, doc.withModules(modules), viewer);
    }

    @Transactional
    public void removeModule(String slug, String moduleSlug, Viewer viewer) {
        Course course = drafts.editable(slug, viewer, true);
        CourseDocument doc = drafts.draftOf(course);
        List<CourseDocument.Module> modules = new ArrayList<>(doc.modules());
        modules.remove(requireModule(doc, moduleSlug));
        drafts.save(course, doc.withModules(modules), viewer);
    }

    /** Moves a module by {@code delta} places, clamped to the ends. */
    @Transactional
    public void moveModule(String slug, String moduleSlug, int delta, Viewer viewer) {
        Course course = drafts.editable(slug, viewer, true);
        CourseDocument doc = drafts.draftOf(course);
        int from = requireModule(doc, moduleSlug);
        int to = Math.max(0, Math.min(doc.modules().size() - 1, from + delta));
        List<CourseDocument.Module> modules = new ArrayList<>(doc.modules());
        modules.add(to, modules.remove(from));
        drafts.save(course, doc.withModules(modules), viewer);
    }

    static int requireModule(CourseDocument doc, String moduleSlug) {
        int index = doc.indexOf(moduleSlug);
        if (index < 0) {
            throw DomainException.notFound("module");
        }
        return index;
    }
}
