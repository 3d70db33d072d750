package org.resilib.competency.framework;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.resilib.web.DomainException;

/**
 * A framework as a 1EdTech CASE 1.1 package (CFDocument, CFItems, CFAssociations with isChildOf). Identifiers are
 * name-based UUIDs of the framework and code, so exporting twice gives the same identifiers. CASE has no proficiency
 * scale: an import keeps the framework's scale, or takes the default four levels for a new one.
 *
 * <p>Languages: each text goes out in the package's language (en when the framework has it) in the field CASE defines
 * for it ({@code title}, {@code fullStatement}, {@code notes}), with {@code language} saying which; the same fields in
 * the framework's other languages go in the object's {@code extensions} as {@code translations}, keyed by language
 * tag ({@code {"translations": {"zh-CN": {"fullStatement": "…", "notes": "…"}}}}). A CASE consumer reads an ordinary
 * single-language framework; an import reads every language back. A package from elsewhere, with one language and
 * no translations, is read in the language it declares (en when it declares none).
 */
final class CasePackage {

    static final List<Framework.Level> DEFAULT_LEVELS = List.of(
            new Framework.Level(1, Map.of("zh-CN", "了解", "en", "Aware"), null),
            new Framework.Level(2, Map.of("zh-CN", "实践", "en", "Practising"), null),
            new Framework.Level(3, Map.of("zh-CN", "熟练", "en", "Proficient"), true),
            new Framework.Level(4, Map.of("zh-CN", "专家", "en", "Expert"), null));

    /** The language a package is written in when the framework has texts in it. */
    static final String PACKAGE_LANGUAGE = "en";

    private CasePackage() {
    }

    static String id(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("/", parts).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static ObjectNode export(ObjectMapper json, Framework f, List<Competency> items, String baseUrl) {
        String now = f.updatedAt.toString();
        String docId = id(f.slug);
        String docLanguage = lead(f.title, PACKAGE_LANGUAGE);
        ObjectNode root = json.createObjectNode();
        ObjectNode doc = root.putObject("CFDocument");
        doc.put("identifier", docId);
        doc.put("uri", baseUrl + "/api/v1/competency-frameworks/" + f.slug + "/case");
        doc.put("caseVersion", "1.1");
        doc.put("creator", "Resilib");
        doc.put("title", f.title.get(docLanguage));
        doc.put("lastChangeDateTime", now);
        doc.put("language", docLanguage);
        doc.put("adoptionStatus", "Adopted");
        translations(doc, docLanguage, Map.of("title", f.title));
        ArrayNode cfItems = root.putArray("CFItems");
        ArrayNode associations = root.putArray("CFAssociations");
        for (Competency c : items) {
            String language = lead(c.name, docLanguage);
            ObjectNode item = cfItems.addObject();
            item.put("identifier", id(f.slug, c.code));
            item.put("uri", baseUrl + "/competencies/" + c.code);
            item.put("humanCodingScheme", c.code);
            item.put("fullStatement", c.name.get(language));
            if (present(c.description, language)) {
                item.put("notes", c.description.get(language));
            }
            item.put("CFItemType", "Competency");
            item.put("language", language);
            item.put("lastChangeDateTime", now);
            translations(item, language, Map.of("fullStatement", c.name, "notes",
                    c.description == null ? Map.of() : c.description));
            ObjectNode a = associations.addObject();
            a.put("identifier", id(f.slug, c.code, "isChildOf"));
            a.put("uri", baseUrl + "/competencies/" + c.code + "#isChildOf");
            a.put("associationType", "isChildOf");
            a.put("lastChangeDateTime", now);
            node(a.putObject("originNodeURI"), c.code, id(f.slug, c.code), baseUrl + "/competencies/" + c.code);
            if (c.parentCode == null) {
                node(a.putObject("destinationNodeURI"), doc.get("title").asText(), docId, doc.get("uri").asText());
            } else {
                node(a.putObject("destinationNodeURI"), c.parentCode, id(f.slug, c.parentCode),
                        baseUrl + "/competencies/" + c.parentCode);
            }
        }
        return root;
    }

    /** The language a text is written out in: {@code preferred} when the text has it, else the first it has. */
    private static String lead(Map<String, String> texts, String preferred) {
        if (present(texts, preferred)) {
            return preferred;
        }
        return new TreeSet<>(texts.keySet()).stream().filter(k -> present(texts, k)).findFirst().orElse(preferred);
    }

    /** Adds {@code extensions.translations}: each field's text in every language but {@code written}. */
    private static void translations(ObjectNode target, String written, Map<String, Map<String, String>> fields) {
        ObjectNode translations = target.objectNode();
        TreeSet<String> languages = new TreeSet<>();
        fields.values().forEach(texts -> languages.addAll(texts.keySet()));
        languages.remove(written);
        for (String language : languages) {
            ObjectNode texts = target.objectNode();
            new TreeMap<>(fields).forEach((field, values) -> {
                if (present(values, language)) {
                    texts.put(field, values.get(language));
                }
            });
            if (!texts.isEmpty()) {
                translations.set(language, texts);
            }
        }
        if (!translations.isEmpty()) {
            target.putObject("extensions").set("translations", translations);
        }
    }

    private static boolean present(Map<String, String> texts, String language) {
        return texts != null && texts.get(language) != null && !texts.get(language).isBlank();
    }

    private static void node(ObjectNode n, String title, String identifier, String uri) {
        n.put("title", title);
        n.put("identifier", identifier);
        n.put("uri", uri);
    }

    /** Reads a CASE package into the framework file shape; a bad item is a 400 naming it. */
    static FrameworkFile read(JsonNode root, Framework existing) {
        if (root == null || !root.isObject() || !root.path("CFDocument").isObject()) {
            throw DomainException.badRequest("CFDocument", "case_invalid");
        }
        JsonNode doc = root.get("CFDocument");
        if (!doc.path("title").isTextual() || doc.path("title").asText().isBlank()) {
            throw DomainException.badRequest("CFDocument.title", "case_invalid");
        }
        String docLanguage = language(doc.path("language"), PACKAGE_LANGUAGE);
        JsonNode items = root.path("CFItems");
        if (!items.isArray() || items.isEmpty()) {
            throw DomainException.badRequest("CFItems", "case_invalid");
        }
        Map<String, String> codeById = new HashMap<>();
        List<FrameworkFile.Item> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String code = item.path("humanCodingScheme").asText("");
            if (!FrameworkLoader.CODE.matcher(code).matches() || code.length() > 64) {
                throw DomainException.badRequest("CFItems[" + i + "].humanCodingScheme", "case_invalid");
            }
            if (!item.path("identifier").isTextual() || !item.path("fullStatement").isTextual()
                    || item.path("fullStatement").asText().isBlank()) {
                throw DomainException.badRequest("CFItems[" + i + "]", "case_invalid");
            }
            if (codeById.containsValue(code)) {
                throw DomainException.badRequest("CFItems[" + i + "].humanCodingScheme", "content_error_duplicate_code");
            }
            codeById.put(item.get("identifier").asText(), code);
            String language = language(item.path("language"), docLanguage);
            out.add(new FrameworkFile.Item(code, null, texts(item, "fullStatement", language),
                    texts(item, "notes", language)));
        }
        Map<String, String> parentOf = new HashMap<>();
        JsonNode associations = root.path("CFAssociations");
        for (int i = 0; associations.isArray() && i < associations.size(); i++) {
            JsonNode a = associations.get(i);
            if (!"isChildOf".equals(a.path("associationType").asText())) {
                continue;
            }
            String child = codeById.get(a.path("originNodeURI").path("identifier").asText());
            String parent = codeById.get(a.path("destinationNodeURI").path("identifier").asText());
            if (child == null) {
                throw DomainException.badRequest("CFAssociations[" + i + "].originNodeURI", "case_invalid");
            }
            if (parent != null) {
                parentOf.put(child, parent);
            }
        }
        List<FrameworkFile.Item> withParents = out.stream().map(it -> new FrameworkFile.Item(it.code(),
                parentOf.get(it.code()), it.name(), it.description())).toList();
        Map<String, String> title = new LinkedHashMap<>();
        if (existing != null) {
            title.putAll(existing.title);
        }
        title.putAll(texts(doc, "title", docLanguage));
        return new FrameworkFile(title, existing == null ? DEFAULT_LEVELS : existing.levels,
                existing == null ? null : existing.rules, withParents);
    }

    /** A field's text in the language the object is written in, and in each language of its translations. */
    private static Map<String, String> texts(JsonNode object, String field, String language) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (object.path(field).isTextual() && !object.get(field).asText().isBlank()) {
            texts.put(language, object.get(field).asText());
        }
        for (Map.Entry<String, JsonNode> t : object.path("extensions").path("translations").properties()) {
            JsonNode text = t.getValue().path(field);
            String tag = language(t.getKey());
            if (tag != null && text.isTextual() && !text.asText().isBlank()) {
                texts.putIfAbsent(tag, text.asText());
            }
        }
        return texts;
    }

    private static String language(JsonNode tag, String fallback) {
        String language = tag.isTextual() ? language(tag.asText()) : null;
        return language == null ? fallback : language;
    }

    /**
     * A package's language tag (BCP 47, or an ISO 639-2 code as some CASE tools write) as the key Resilib keeps
     * texts under: any Chinese is zh-CN and any English en, the languages the editor shows; others keep their tag.
     */
    static String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return switch (language) {
            case "" -> null;
            case "zh", "zho", "chi" -> "zh-CN";
            case "en", "eng" -> "en";
            default -> Locale.forLanguageTag(tag.strip()).toLanguageTag();
        };
    }
}
