package org.resilib.competency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.resilib.web.DomainException;

/**
 * A framework as a 1EdTech CASE 1.1 package (CFDocument, CFItems, CFAssociations with isChildOf). Identifiers are
 * name-based UUIDs of the framework and code, so exporting twice gives the same identifiers. CASE has no proficiency
 * scale: an import keeps the framework's scale, or takes the default four levels for a new one.
 */
final class CasePackage {

    static final List<Framework.Level> DEFAULT_LEVELS = List.of(
            new Framework.Level(1, Map.of("zh-CN", "了解", "en", "Aware"), null),
            new Framework.Level(2, Map.of("zh-CN", "实践", "en", "Practising"), null),
            new Framework.Level(3, Map.of("zh-CN", "熟练", "en", "Proficient"), true),
            new Framework.Level(4, Map.of("zh-CN", "专家", "en", "Expert"), null));

    private CasePackage() {
    }

    static String id(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("/", parts).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static ObjectNode export(ObjectMapper json, Framework f, List<Competency> items, String baseUrl) {
        String now = f.updatedAt.toString();
        String docId = id(f.slug);
        ObjectNode root = json.createObjectNode();
        ObjectNode doc = root.putObject("CFDocument");
        doc.put("identifier", docId);
        doc.put("uri", baseUrl + "/api/v1/competency-frameworks/" + f.slug + "/case");
        doc.put("creator", "Resilib");
        doc.put("title", f.title.getOrDefault("en", f.title.values().iterator().next()));
        doc.put("lastChangeDateTime", now);
        doc.put("language", "en");
        doc.put("adoptionStatus", "Adopted");
        ArrayNode cfItems = root.putArray("CFItems");
        ArrayNode associations = root.putArray("CFAssociations");
        for (Competency c : items) {
            ObjectNode item = cfItems.addObject();
            item.put("identifier", id(f.slug, c.code));
            item.put("uri", baseUrl + "/competencies/" + c.code);
            item.put("CFDocumentURI", docId);
            item.put("humanCodingScheme", c.code);
            item.put("fullStatement", c.name.getOrDefault("en", c.name.values().iterator().next()));
            if (c.name.containsKey("zh-CN")) {
                item.put("alternativeLabel", c.name.get("zh-CN"));
            }
            String description = c.description.get("en");
            if (description != null) {
                item.put("notes", description);
            }
            item.put("CFItemType", "Competency");
            item.put("language", "en");
            item.put("lastChangeDateTime", now);
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
            Map<String, String> name = new LinkedHashMap<>();
            name.put("en", item.get("fullStatement").asText());
            if (item.path("alternativeLabel").isTextual()) {
                name.put("zh-CN", item.get("alternativeLabel").asText());
            }
            Map<String, String> description = item.path("notes").isTextual() ? Map.of("en", item.get("notes").asText())
                    : Map.of();
            out.add(new FrameworkFile.Item(code, null, name, description));
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
        title.put("en", doc.get("title").asText());
        return new FrameworkFile(title, existing == null ? DEFAULT_LEVELS : existing.levels,
                existing == null ? null : existing.rules, withParents);
    }
}
