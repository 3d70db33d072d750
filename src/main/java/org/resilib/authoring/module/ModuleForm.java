package org.resilib.authoring.module;

import jakarta.validation.constraints.Pattern;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.resilib.authoring.Bilingual;
import org.resilib.content.CourseDocument;

/**
 * A module as the editor's form holds it: titles and Markdown bodies in zh-CN and en side by side. The minutes are
 * checked here (Bean Validation); what a module must satisfy is checked by the service.
 */
public record ModuleForm(
        @RestForm String slug,
        @RestForm("title.zh-CN") String titleZh,
        @RestForm("title.en") String titleEn,
        @RestForm @Pattern(regexp = "\\s*([+-]?\\d{1,9})?\\s*", message = "author_number_invalid") String minutes,
        @RestForm("body.zh-CN") String bodyZh,
        @RestForm("body.en") String bodyEn) {

    /** Fields not sent are empty; the slug is stripped. */
    public ModuleForm {
        slug = Bilingual.nz(slug).strip();
        titleZh = Bilingual.nz(titleZh);
        titleEn = Bilingual.nz(titleEn);
        minutes = Bilingual.nz(minutes);
        bodyZh = Bilingual.nz(bodyZh);
        bodyEn = Bilingual.nz(bodyEn);
    }

    public String titleOr(boolean english) {
        String first = english ? titleEn : titleZh;
        String second = english ? titleZh : titleEn;
        return !first.isBlank() ? first : !second.isBlank() ? second : slug;
    }

    public static ModuleForm blank() {
        return new ModuleForm("", "", "", "", "", "");
    }

    public static ModuleForm of(CourseDocument.Module m) {
        return new ModuleForm(m.slug(), Bilingual.get(m.title(), Bilingual.ZH), Bilingual.get(m.title(), Bilingual.EN),
                m.minutes() == null ? "" : String.valueOf(m.minutes()), Bilingual.get(m.body(), Bilingual.ZH),
                Bilingual.get(m.body(), Bilingual.EN));
    }

    /** The same input under a slug that does not change (the module being edited). */
    ModuleForm withSlug(String kept) {
        return new ModuleForm(kept, titleZh, titleEn, minutes, bodyZh, bodyEn);
    }

    /**
     * The module, keeping translations in languages the form does not show from {@code previous}; a language is
     * stored when it has a title or a body. Minutes that do not parse (refused by validation) are left out.
     */
    CourseDocument.Module toModule(CourseDocument.Module previous) {
        Integer min = null;
        if (!minutes.isBlank()) {
            try {
                min = Integer.valueOf(minutes.strip());
            } catch (NumberFormatException e) {
                min = null;
            }
        }
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> bodies = new LinkedHashMap<>();
        if (previous != null) {
            previous.title().forEach((l, t) -> {
                if (!l.equals(Bilingual.ZH) && !l.equals(Bilingual.EN)) {
                    titles.put(l, t);
                    bodies.put(l, previous.body().getOrDefault(l, ""));
                }
            });
        }
        put(titles, bodies, Bilingual.ZH, titleZh, bodyZh);
        put(titles, bodies, Bilingual.EN, titleEn, bodyEn);
        return new CourseDocument.Module(slug, min, titles, bodies);
    }

    private static void put(Map<String, String> titles, Map<String, String> bodies, String language, String title,
            String body) {
        if (!title.isBlank() || !body.isBlank()) {
            titles.put(language, title.strip());
            bodies.put(language, body.replace("\r\n", "\n").strip());
        }
    }
}
