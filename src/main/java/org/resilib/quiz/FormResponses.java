package org.resilib.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.resilib.web.DomainException;

/**
 * Turns the attempt form (field {@code q<id>} per question, {@code q<id>.<promptId>} for matching, {@code shown} for
 * the questions on the page) into the same responses the API takes.
 */
final class FormResponses {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private FormResponses() {
    }

    static Map<Long, JsonNode> parse(List<QuizViews.Slot> slots, Map<String, List<String>> form) {
        Map<Long, JsonNode> out = new HashMap<>();
        List<String> shownValues = form.getOrDefault("shown", List.of());
        Set<String> shown = new HashSet<>();
        shownValues.forEach(v -> shown.addAll(List.of(v.split(","))));
        for (QuizViews.Slot s : slots) {
            if (!shown.contains(String.valueOf(s.id()))) {
                continue;
            }
            String name = "q" + s.id();
            List<String> values = form.getOrDefault(name, List.of());
            String first = values.isEmpty() ? null : values.get(0);
            switch (s.type()) {
                case MULTICHOICE -> {
                    if (first != null) {
                        out.put(s.id(), F.textNode(first));
                    }
                }
                case MULTIANSWER -> {
                    ArrayNode arr = F.arrayNode();
                    values.stream().distinct().forEach(arr::add);
                    out.put(s.id(), arr);
                }
                case TRUEFALSE -> {
                    if ("true".equals(first) || "false".equals(first)) {
                        out.put(s.id(), F.booleanNode(Boolean.parseBoolean(first)));
                    }
                }
                case SHORTANSWER, ESSAY -> {
                    if (first != null) {
                        out.put(s.id(), F.textNode(first));
                    }
                }
                case NUMERICAL -> {
                    if (first == null || first.isBlank()) {
                        out.put(s.id(), NullNode.getInstance());
                    } else {
                        try {
                            out.put(s.id(), F.numberNode(new BigDecimal(first.strip().replace(',', '.'))));
                        } catch (NumberFormatException e) {
                            throw DomainException.badRequest(name, "response_number_expected");
                        }
                    }
                }
                case MATCHING -> {
                    ObjectNode obj = F.objectNode();
                    for (QuizViews.Choice left : s.left()) {
                        List<String> v = form.getOrDefault(name + "." + left.id(), List.of());
                        if (!v.isEmpty() && !v.get(0).isBlank()) {
                            obj.put(left.id(), v.get(0));
                        }
                    }
                    out.put(s.id(), obj);
                }
                case DESCRIPTION -> {
                }
            }
        }
        return out;
    }
}
