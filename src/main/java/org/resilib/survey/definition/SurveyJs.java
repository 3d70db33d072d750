package org.resilib.survey.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.Encoding;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * A survey definition to and from SurveyJS's JSON form model, the open format many web survey tools read and write.
 * Types map as: single → {@code radiogroup}, multiple → {@code checkbox} (both with {@code showOtherItem}), dropdown →
 * {@code dropdown}, Likert → {@code matrix} (a row per statement, a column per point), rating → {@code rating} 1–5,
 * recommend → {@code rating} 0–10, number and date → {@code text} with {@code inputType}, text → {@code text}, long
 * text → {@code comment}, ranking → {@code ranking}, description → {@code html}; conditions → {@code visibleIf}.
 * Texts are SurveyJS's localisable strings: {@code default} is English, {@code zh-cn} Chinese. What Resilib keeps
 * beyond the form (audience, anonymity, dates, what it follows) travels in a {@code resilib} object SurveyJS ignores.
 * On import every element that has no Resilib type, and every condition it cannot read, is reported with its path;
 * nothing is dropped silently.
 */
public final class SurveyJs {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final PolicyFactory NO_TAGS = new HtmlPolicyBuilder().toFactory();
    private static final Pattern CONDITION = Pattern.compile(
            "\\s*\\{([^}]+)\\}\\s*(=|==|anyof|contains)\\s*(.+?)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'|\"([^\"]*)\"|([\\w.-]+)");

    private SurveyJs() {
    }

    /** Something in the SurveyJS model that has no place in a Resilib survey: where, and what. */
    public record Unmapped(String path, String code, String what) {
    }

    /** An imported definition, or what could not be mapped (then no definition). */
    public record Imported(SurveyFile survey, List<Unmapped> unmapped) {
    }

    // ---- export ----

    /**
     * The SurveyJS model of a survey; {@code points} names a Likert scale's point ({@code points.apply(5, 3)}: the
     * texts per language of point 3 of 5).
     */
    public static ObjectNode export(SurveyFile s, BiFunction<Integer, Integer, Map<String, String>> points) {
        ObjectNode out = F.objectNode();
        out.set("title", texts(s.title()));
        if (s.description() != null) {
            out.set("description", texts(s.description()));
        }
        out.put("showQuestionNumbers", "off");
        ArrayNode pages = out.putArray("pages");
        int n = 0;
        for (SurveyFile.Page p : s.pages()) {
            ObjectNode page = pages.addObject();
            page.put("name", "page" + ++n);
            if (p.title() != null) {
                page.set("title", texts(p.title()));
            }
            ArrayNode elements = page.putArray("elements");
            for (SurveyFile.Question q : p.questions()) {
                elements.add(element(q, points));
            }
        }
        ObjectNode r = out.putObject("resilib");
        r.put("audience", s.audience());
        r.put("anonymous", s.isAnonymous());
        if (s.opens() != null) {
            r.put("opens", s.opens().toString());
        }
        if (s.closes() != null) {
            r.put("closes", s.closes().toString());
        }
        if (s.course() != null) {
            r.put("course", s.course());
        }
        if (s.courses() != null) {
            r.put("courses", s.courses());
        }
        if (Boolean.TRUE.equals(s.sessions())) {
            r.put("sessions", true);
        }
        return out;
    }

    private static ObjectNode element(SurveyFile.Question q, BiFunction<Integer, Integer, Map<String, String>> points) {
        ObjectNode e = F.objectNode();
        QuestionType type = q.kind();
        e.put("type", switch (type) {
            case SINGLE -> "radiogroup";
            case MULTIPLE -> "checkbox";
            case DROPDOWN -> "dropdown";
            case LIKERT -> "matrix";
            case RATING, RECOMMEND -> "rating";
            case NUMBER, DATE, TEXT -> "text";
            case LONGTEXT -> "comment";
            case RANKING -> "ranking";
            case DESCRIPTION -> "html";
        });
        e.put("name", q.id());
        if (type == QuestionType.DESCRIPTION) {
            ObjectNode html = F.objectNode();
            q.text().forEach((lang, t) -> html.put(surveyJsLanguage(lang), "<p>" + escape(t) + "</p>"));
            e.set("html", html);
            return e;
        }
        e.set("title", texts(q.text()));
        if (q.help() != null) {
            e.set("description", texts(q.help()));
        }
        if (q.isRequired()) {
            e.put("isRequired", true);
        }
        if (type.hasOptions()) {
            ArrayNode choices = e.putArray("choices");
            for (SurveyFile.Option o : q.optionList()) {
                choices.addObject().put("value", o.id()).set("text", texts(o.text()));
            }
        }
        if (q.hasOther()) {
            e.put("showOtherItem", true);
        }
        switch (type) {
            case MULTIPLE -> {
                if (q.min() != null) {
                    e.put("minSelectedChoices", q.min().intValue());
                }
                if (q.max() != null) {
                    e.put("maxSelectedChoices", q.max().intValue());
                }
            }
            case LIKERT -> {
                ArrayNode columns = e.putArray("columns");
                for (int p = 1; p <= q.points(); p++) {
                    columns.addObject().put("value", p).set("text", texts(points.apply(q.points(), p)));
                }
                ArrayNode rows = e.putArray("rows");
                for (SurveyFile.Option st : q.statementList()) {
                    rows.addObject().put("value", st.id()).set("text", texts(st.text()));
                }
            }
            case RATING -> e.put("rateMin", 1).put("rateMax", 5);
            case RECOMMEND -> e.put("rateMin", 0).put("rateMax", 10);
            case NUMBER -> {
                e.put("inputType", "number");
                if (q.min() != null) {
                    e.put("min", q.min());
                }
                if (q.max() != null) {
                    e.put("max", q.max());
                }
            }
            case DATE -> e.put("inputType", "date");
            default -> {
            }
        }
        if (q.maxLength() != null) {
            e.put("maxLength", q.maxLength());
        }
        if (q.showIf() != null) {
            StringBuilder v = new StringBuilder("{").append(q.showIf().question()).append("} anyof [");
            for (int i = 0; i < q.showIf().anyOf().size(); i++) {
                v.append(i == 0 ? "" : ", ").append('\'').append(q.showIf().anyOf().get(i)).append('\'');
            }
            e.put("visibleIf", v.append(']').toString());
        }
        return e;
    }

    /** Texts per language as a SurveyJS localisable string. */
    private static ObjectNode texts(Map<String, String> texts) {
        ObjectNode out = F.objectNode();
        if (texts != null) {
            texts.forEach((lang, t) -> {
                if (t != null) {
                    out.put(surveyJsLanguage(lang), t);
                }
            });
        }
        return out;
    }

    private static String surveyJsLanguage(String tag) {
        return tag.toLowerCase(Locale.ROOT).startsWith("en") ? "default" : tag.toLowerCase(Locale.ROOT);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    // ---- import ----

    /**
     * A Resilib survey from a SurveyJS model; {@code keep} gives the settings SurveyJS does not have when the model
     * carries no {@code resilib} object (an existing survey's, or a new one's defaults). The result still has to
     * pass {@link SurveyCheck}.
     */
    public static Imported read(JsonNode model, SurveyFile keep) {
        List<Unmapped> unmapped = new ArrayList<>();
        if (model == null || !model.isObject()) {
            unmapped.add(new Unmapped("", "surveyjs_not_a_survey", "an object with pages"));
            return new Imported(null, unmapped);
        }
        Map<String, String> title = texts(model.get("title"));
        Map<String, String> description = model.has("description") ? texts(model.get("description")) : null;
        List<SurveyFile.Page> pages = new ArrayList<>();
        Map<String, Map<String, String>> optionIds = new LinkedHashMap<>();
        JsonNode ps = model.path("pages");
        if (!ps.isArray() && model.path("elements").isArray()) {
            ps = F.arrayNode().add(model);
        }
        for (int i = 0; i < ps.size(); i++) {
            JsonNode p = ps.get(i);
            List<SurveyFile.Question> questions = new ArrayList<>();
            JsonNode es = p.path("elements");
            for (int j = 0; j < es.size(); j++) {
                SurveyFile.Question q = question(es.get(j), "pages[" + i + "].elements[" + j + "]", optionIds,
                        unmapped);
                if (q != null) {
                    questions.add(q);
                }
            }
            pages.add(new SurveyFile.Page(p.has("title") ? texts(p.get("title")) : null, questions));
        }
        JsonNode r = model.path("resilib");
        Boolean anonymous = r.has("anonymous") ? Boolean.valueOf(r.get("anonymous").asBoolean()) : keep.anonymous();
        SurveyFile s = new SurveyFile(title, description, r.has("audience") ? r.get("audience").asText()
                : keep.audience(), anonymous,
                r.has("opens") ? date(r.get("opens"), "resilib.opens", unmapped) : keep.opens(),
                r.has("closes") ? date(r.get("closes"), "resilib.closes", unmapped) : keep.closes(),
                r.has("course") ? r.get("course").asText() : r.isMissingNode() ? keep.course() : null,
                r.has("courses") ? r.get("courses").asText() : r.isMissingNode() ? keep.courses() : null,
                r.has("sessions") ? Boolean.valueOf(r.get("sessions").asBoolean()) : r.isMissingNode() ? keep.sessions()
                        : null,
                pages);
        return new Imported(unmapped.isEmpty() ? s : null, unmapped);
    }

    private static OffsetDateTime date(JsonNode v, String path, List<Unmapped> unmapped) {
        try {
            return OffsetDateTime.parse(v.asText());
        } catch (DateTimeParseException e) {
            unmapped.add(new Unmapped(path, "invalid_value", v.asText()));
            return null;
        }
    }

    private static SurveyFile.Question question(JsonNode e, String path, Map<String, Map<String, String>> optionIds,
            List<Unmapped> unmapped) {
        String type = e.path("type").asText("");
        String id = e.path("name").asText("");
        Map<String, String> text = e.has("title") ? texts(e.get("title")) : Map.of("en", id);
        Map<String, String> help = e.has("description") ? texts(e.get("description")) : null;
        Boolean required = e.path("isRequired").asBoolean(false) ? Boolean.TRUE : null;
        Boolean other = e.path("showOtherItem").asBoolean(false) || e.path("hasOther").asBoolean(false)
                ? Boolean.TRUE : null;
        Integer maxLength = e.has("maxLength") && e.get("maxLength").asInt() > 0 ? e.get("maxLength").asInt() : null;
        SurveyFile.Condition showIf = e.has("visibleIf") ? condition(e.get("visibleIf").asText(), path, optionIds,
                unmapped) : null;
        String ours;
        List<SurveyFile.Option> options = null;
        List<SurveyFile.Option> statements = null;
        Double min = null;
        Double max = null;
        Integer points = null;
        switch (type) {
            case "radiogroup", "checkbox", "dropdown", "ranking" -> {
                ours = switch (type) {
                    case "radiogroup" -> "single";
                    case "checkbox" -> "multiple";
                    case "dropdown" -> "dropdown";
                    default -> "ranking";
                };
                options = options(e.path("choices"), id, optionIds);
                if (type.equals("checkbox")) {
                    min = e.has("minSelectedChoices") ? e.get("minSelectedChoices").asDouble() : null;
                    max = e.has("maxSelectedChoices") && e.get("maxSelectedChoices").asInt() > 0
                            ? e.get("maxSelectedChoices").asDouble() : null;
                }
                if (other != null && !(type.equals("radiogroup") || type.equals("checkbox"))) {
                    unmapped.add(new Unmapped(path, "surveyjs_unsupported", type + ": showOtherItem"));
                }
            }
            case "matrix" -> {
                ours = "likert";
                JsonNode columns = e.path("columns");
                points = columns.size();
                boolean scale = points == 5 || points == 7;
                for (int i = 0; scale && i < columns.size(); i++) {
                    JsonNode c = columns.get(i);
                    scale = (c.isObject() ? c.path("value") : c).asInt(-1) == i + 1;
                }
                if (!scale) {
                    unmapped.add(new Unmapped(path, "surveyjs_unsupported", "matrix: columns other than a 5- or"
                            + " 7-point scale valued 1 to n"));
                }
                statements = options(e.path("rows"), id + ".rows", new LinkedHashMap<>());
            }
            case "rating" -> {
                int from = e.path("rateMin").asInt(1);
                int to = e.has("rateMax") ? e.get("rateMax").asInt() : e.has("rateCount")
                        ? from + e.get("rateCount").asInt() - 1 : 5;
                if (from == 1 && to == 5) {
                    ours = "rating";
                } else if (from == 0 && to == 10) {
                    ours = "recommend";
                } else {
                    unmapped.add(new Unmapped(path, "surveyjs_unsupported", "rating " + from + "–" + to
                            + " (1–5 and 0–10 are)"));
                    return null;
                }
            }
            case "text" -> {
                String input = e.path("inputType").asText("text");
                switch (input) {
                    case "number" -> {
                        ours = "number";
                        min = e.has("min") ? e.get("min").asDouble() : null;
                        max = e.has("max") ? e.get("max").asDouble() : null;
                    }
                    case "date" -> ours = "date";
                    case "text", "email", "tel", "url" -> ours = "text";
                    default -> {
                        unmapped.add(new Unmapped(path, "surveyjs_unsupported", "text: inputType " + input));
                        return null;
                    }
                }
            }
            case "comment" -> ours = "longtext";
            case "html" -> {
                Map<String, String> plain = new LinkedHashMap<>();
                texts(e.get("html")).forEach((lang, html) -> plain.put(lang, plain(html)));
                return new SurveyFile.Question(id, "description", plain, null, null, null, null, null, null, null,
                        null, null, showIf);
            }
            default -> {
                unmapped.add(new Unmapped(path, "surveyjs_unsupported", type.isEmpty() ? "an element without a"
                        + " type" : type));
                return null;
            }
        }
        if (!ours.equals("text") && !ours.equals("longtext")) {
            maxLength = ours.equals("single") || ours.equals("multiple") ? maxLength : null;
        }
        return new SurveyFile.Question(id, ours, text, help, required, options, other, min, max, maxLength, points,
                statements, showIf);
    }

    /** Choices (or rows) with ids Resilib accepts: a value that is one stays, others become one (kept per question). */
    private static List<SurveyFile.Option> options(JsonNode items, String question,
            Map<String, Map<String, String>> optionIds) {
        List<SurveyFile.Option> out = new ArrayList<>();
        Map<String, String> ids = optionIds.computeIfAbsent(question, k -> new LinkedHashMap<>());
        Set<String> used = new HashSet<>();
        for (JsonNode c : items) {
            String value = (c.isObject() ? c.path("value") : c).asText();
            Map<String, String> text = c.isObject() && c.has("text") ? texts(c.get("text")) : Map.of("en", value);
            String id = idFor(value, used);
            ids.put(value, id);
            out.add(new SurveyFile.Option(id, text));
        }
        return out;
    }

    private static String idFor(String value, Set<String> used) {
        String id = value;
        if (!SurveyCheck.ID.matcher(id).matches() || SurveyCheck.OTHER.equals(id)) {
            id = value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
            if (id.isEmpty() || !Character.isLetter(id.charAt(0)) || SurveyCheck.OTHER.equals(id)) {
                id = "o" + (id.isEmpty() ? used.size() + 1 : "-" + id);
            }
            id = id.length() > 40 ? id.substring(0, 40) : id;
        }
        String base = id;
        for (int n = 2; !used.add(id); n++) {
            id = (base.length() > 36 ? base.substring(0, 36) : base) + "-" + n;
        }
        return id;
    }

    /** A {@code visibleIf} Resilib can hold: one earlier choice question having any of some answers. */
    private static SurveyFile.Condition condition(String expression, String path,
            Map<String, Map<String, String>> optionIds, List<Unmapped> unmapped) {
        Matcher m = CONDITION.matcher(expression);
        if (!m.matches()) {
            unmapped.add(new Unmapped(path + ".visibleIf", "surveyjs_unsupported", expression));
            return null;
        }
        String question = m.group(1).trim();
        Map<String, String> ids = optionIds.getOrDefault(question, Map.of());
        List<String> anyOf = new ArrayList<>();
        String values = m.group(3).trim();
        if (values.startsWith("[") && values.endsWith("]")) {
            values = values.substring(1, values.length() - 1);
        }
        Matcher v = QUOTED.matcher(values);
        while (v.find()) {
            String value = v.group(1) != null ? v.group(1) : v.group(2) != null ? v.group(2) : v.group(3);
            anyOf.add("other".equals(value) ? SurveyCheck.OTHER : ids.getOrDefault(value, value));
        }
        if (anyOf.isEmpty()) {
            unmapped.add(new Unmapped(path + ".visibleIf", "surveyjs_unsupported", expression));
            return null;
        }
        return new SurveyFile.Condition(question, anyOf);
    }

    /** A SurveyJS localisable string as texts per language: {@code default} is English; a plain string too. */
    private static Map<String, String> texts(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isTextual()) {
            out.put("en", node.asText());
            return out;
        }
        node.fields().forEachRemaining(f -> {
            String key = f.getKey().toLowerCase(Locale.ROOT);
            String tag = key.equals("default") || key.startsWith("en") ? "en" : key.startsWith("zh") ? "zh-CN"
                    : null;
            if (tag != null && f.getValue().isTextual()) {
                out.putIfAbsent(tag, f.getValue().asText());
            }
        });
        return out;
    }

    /** HTML as the plain text a description block shows (tags dropped, entities read). */
    private static String plain(String html) {
        return Encoding.decodeHtml(NO_TAGS.sanitize(html.replaceAll("(?i)</p>|<br\\s*/?>", "\n"))).strip();
    }
}
