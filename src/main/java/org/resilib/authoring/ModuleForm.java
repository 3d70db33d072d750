package org.resilib.authoring;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.resilib.content.CourseDocument;
import org.resilib.web.FormErrors;

/** A module as the editor's form holds it: titles and Markdown bodies in zh-CN and en side by side. */
public record ModuleForm(String slug, String titleZh, String titleEn, String minutes, String bodyZh, String bodyEn) {

    public String titleOr(boolean english) {
        String first = english ? titleEn : titleZh;
        String second = english ? titleZh : titleEn;
        return !first.isBlank() ? first : !second.isBlank() ? second : slug;
    }

    public static ModuleForm blank() {
        return new ModuleForm("", "", "", "", "", "");
    }

    public static ModuleForm of(CourseDocument.Module m) {
        return new ModuleForm(m.slug(), CourseForm.get(m.title(), CourseForm.ZH), CourseForm.get(m.title(), CourseForm.EN),
                m.minutes() == null ? "" : String.valueOf(m.minutes()), CourseForm.get(m.body(), CourseForm.ZH),
                CourseForm.get(m.body(), CourseForm.EN));
    }

    public static ModuleForm read(MultivaluedMap<String, String> f) {
        return new ModuleForm(CourseForm.v(f, "slug").strip(), CourseForm.v(f, "title.zh-CN"),
                CourseForm.v(f, "title.en"), CourseForm.v(f, "minutes"), CourseForm.v(f, "body.zh-CN"),
                CourseForm.v(f, "body.en"));
    }

    /**
     * The module, keeping translations in languages the form does not show from {@code previous}; a language is
     * stored when it has a title or a body.
     */
    CourseDocument.Module toModule(String slugToKeep, CourseDocument.Module previous, FormErrors errors) {
        Integer min = null;
        if (!minutes.isBlank()) {
            try {
                min = Integer.valueOf(minutes.strip());
            } catch (NumberFormatException e) {
                errors.add("minutes", "author_number_invalid");
            }
        }
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> bodies = new LinkedHashMap<>();
        if (previous != null) {
            previous.title().forEach((l, t) -> {
                if (!l.equals(CourseForm.ZH) && !l.equals(CourseForm.EN)) {
                    titles.put(l, t);
                    bodies.put(l, previous.body().getOrDefault(l, ""));
                }
            });
        }
        put(titles, bodies, CourseForm.ZH, titleZh, bodyZh);
        put(titles, bodies, CourseForm.EN, titleEn, bodyEn);
        return new CourseDocument.Module(slugToKeep != null ? slugToKeep : slug, min, titles, bodies);
    }

    private static void put(Map<String, String> titles, Map<String, String> bodies, String language, String title,
            String body) {
        if (!title.isBlank() || !body.isBlank()) {
            titles.put(language, title.strip());
            bodies.put(language, body.replace("\r\n", "\n").strip());
        }
    }
}
