package org.resilib.quiz.grading;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.resilib.quiz.bank.QuestionContent;
import org.resilib.web.DomainException;

/** Checks that a learner's response has the shape its question type takes, with ids the attempt showed. */
public final class ResponseShape {

    static final int MAX_TEXT = 20_000;

    private ResponseShape() {
    }

    public static void check(QuestionContent q, AttemptLayout layout, JsonNode r) {
        if (r == null || r.isMissingNode()) {
            throw bad("response_missing");
        }
        if (r.isNull()) {
            return; // clearing an answer is allowed
        }
        switch (q.type()) {
            case MULTICHOICE -> {
                if (!r.isTextual() || layout.choiceIndex(r.asText()) < 0) {
                    throw bad("response_choice_expected");
                }
            }
            case MULTIANSWER -> {
                if (!r.isArray()) {
                    throw bad("response_choices_expected");
                }
                Set<String> seen = new HashSet<>();
                for (JsonNode id : r) {
                    if (!id.isTextual() || layout.choiceIndex(id.asText()) < 0 || !seen.add(id.asText())) {
                        throw bad("response_choices_expected");
                    }
                }
            }
            case TRUEFALSE -> {
                if (!r.isBoolean()) {
                    throw bad("response_boolean_expected");
                }
            }
            case SHORTANSWER, ESSAY -> {
                if (!r.isTextual()) {
                    throw bad("response_text_expected");
                }
                if (r.asText().length() > MAX_TEXT) {
                    throw bad("response_too_long");
                }
            }
            case NUMERICAL -> {
                if (!r.isNumber() || !Double.isFinite(r.asDouble())) {
                    throw bad("response_number_expected");
                }
            }
            case MATCHING -> {
                if (!r.isObject()) {
                    throw bad("response_pairs_expected");
                }
                Iterator<Map.Entry<String, JsonNode>> fields = r.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> f = fields.next();
                    int item = layout.leftIndex(f.getKey());
                    if (item < 0 || item >= q.pairs().size() || q.pairs().get(item).distractor()
                            || !f.getValue().isTextual()
                            || layout.rightText(f.getValue().asText()) == null) {
                        throw bad("response_pairs_expected");
                    }
                }
            }
            case DESCRIPTION -> throw bad("response_not_expected");
        }
    }

    private static DomainException bad(String key) {
        return DomainException.badRequest("response", key);
    }
}
