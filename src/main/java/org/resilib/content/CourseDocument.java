package org.resilib.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.resilib.course.Course;
import org.resilib.course.CourseModule;
import org.resilib.text.Markdown;
import org.resilib.text.Sha256;

/**
 * A whole course as authors edit it: the course.yaml fields, the modules in order with their Markdown in every
 * language, and the quiz in GIFT with its translations by language. Drafts and published versions are stored as
 * this document; the content loader's folders convert to it, so files and browser describe a course the same way.
 */
public record CourseDocument(CourseManifest course, List<Module> modules, String quizGift,
        Map<String, String> quizTranslations) {

    public CourseDocument {
        modules = modules == null ? List.of() : List.copyOf(modules);
        quizTranslations = quizTranslations == null ? Map.of() : Map.copyOf(quizTranslations);
    }

    public CourseDocument(CourseManifest course, List<Module> modules, String quizGift) {
        this(course, modules, quizGift, Map.of());
    }

    /** One module; {@code minutes} null means a share of the course's minutes, as in a module file. */
    public record Module(String slug, Integer minutes, Map<String, String> title, Map<String, String> body) {
    }

    public static CourseDocument of(CourseDefinition def) {
        CourseManifest m = def.manifest();
        List<Module> modules = def.modules().stream()
                .map(d -> new Module(d.slug(), d.minutes(), new LinkedHashMap<>(d.titles()),
                        new LinkedHashMap<>(d.markdown())))
                .toList();
        return new CourseDocument(withoutStatus(m), modules, def.quizGift(), def.quizTranslations());
    }

    /** The course as learners see it now: the live rows, without retired modules. */
    public static CourseDocument of(Course c, List<CourseModule> liveModules) {
        CourseManifest.Quiz quiz = c.quizSettings == null ? null
                : new CourseManifest.Quiz(c.quizSettings.passPercent(), c.quizSettings.attempts(),
                        c.quizSettings.timeLimitMinutes(), c.quizSettings.shuffle());
        CourseManifest manifest = new CourseManifest(new LinkedHashMap<>(c.title), new LinkedHashMap<>(c.summary),
                c.dimension, c.audience, c.minutes, c.competencies == null ? List.of() : List.copyOf(c.competencies),
                quiz, null, null);
        List<Module> modules = liveModules.stream().filter(m -> !m.retired)
                .map(m -> new Module(m.slug, m.minutes, new LinkedHashMap<>(m.title),
                        m.bodyMarkdown == null ? new LinkedHashMap<>() : new LinkedHashMap<>(m.bodyMarkdown)))
                .toList();
        return new CourseDocument(manifest, modules, c.quizGift, c.quizTranslations);
    }

    public CourseDocument withCourse(CourseManifest manifest) {
        return new CourseDocument(withoutStatus(manifest), modules, quizGift, quizTranslations);
    }

    public CourseDocument withModules(List<Module> changed) {
        return new CourseDocument(course, changed, quizGift, quizTranslations);
    }

    public CourseDocument withQuiz(String gift) {
        return new CourseDocument(course, modules, gift == null || gift.isBlank() ? null : gift, quizTranslations);
    }

    /** The quiz and its translations (a blank translation removes that language). */
    public CourseDocument withQuiz(String gift, Map<String, String> translations) {
        Map<String, String> kept = new LinkedHashMap<>();
        translations.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                kept.put(language, text);
            }
        });
        return new CourseDocument(course, modules, gift == null || gift.isBlank() ? null : gift, kept);
    }

    public int indexOf(String moduleSlug) {
        for (int i = 0; i < modules.size(); i++) {
            if (modules.get(i).slug().equals(moduleSlug)) {
                return i;
            }
        }
        return -1;
    }

    /** Renders every module's Markdown to sanitized HTML, numbering modules in order, as the content loader does. */
    public CourseDefinition toDefinition(String slug) {
        int unspecified = (int) modules.stream().filter(m -> m.minutes() == null).count();
        int specified = modules.stream().filter(m -> m.minutes() != null).mapToInt(Module::minutes).sum();
        int courseMinutes = course.minutes() == null ? 0 : course.minutes();
        int share = unspecified == 0 ? 0 : Math.max(1, (courseMinutes - specified) / unspecified);
        List<CourseDefinition.ModuleDefinition> defs = new ArrayList<>();
        StringBuilder fingerprint = new StringBuilder(String.valueOf(course)).append('\u0000');
        for (int i = 0; i < modules.size(); i++) {
            Module m = modules.get(i);
            Map<String, String> html = new LinkedHashMap<>();
            m.body().forEach((language, markdown) -> html.put(language, Markdown.toSafeHtml(markdown)));
            defs.add(new CourseDefinition.ModuleDefinition(m.slug(), i + 1, m.minutes() == null ? share : m.minutes(),
                    new LinkedHashMap<>(m.title()), new LinkedHashMap<>(m.body()), html));
            fingerprint.append(m).append('\u0000');
        }
        fingerprint.append(quizGift);
        new TreeMap<>(quizTranslations).forEach((language, text) -> fingerprint.append('\u0000')
                .append(language).append('\u0000').append(text));
        return new CourseDefinition(slug, course, defs, quizGift, quizTranslations,
                Sha256.hex(fingerprint.toString()));
    }

    private static CourseManifest withoutStatus(CourseManifest m) {
        return new CourseManifest(m.title(), m.summary(), m.dimension(), m.audience(), m.minutes(), m.competencies(),
                m.quiz(), null, m.language());
    }
}
