package org.resilib.quiz.grading;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.resilib.gift.QuestionType;
import org.resilib.quiz.bank.PairData;
import org.resilib.quiz.bank.QuestionContent;

/**
 * How one question is laid out in one attempt: the order of its choices (or matching items) and of the matching
 * options. Learners see and answer with display ids ({@code c0, c1 ...}, {@code l0 ...}, {@code r0 ...}), never the
 * authored order, so an id tells nothing about which answer is right. A matching distractor (nothing on the left)
 * is an option only, never an item.
 */
public record AttemptLayout(List<Integer> choiceOrder, List<String> rightOrder) {

    public static AttemptLayout create(QuestionContent q, boolean shuffle, Random random) {
        List<Integer> order = new ArrayList<>();
        if (q.type() == QuestionType.MATCHING) {
            order.addAll(q.items());
        } else if (q.type() == QuestionType.MULTICHOICE || q.type() == QuestionType.MULTIANSWER) {
            for (int i = 0; i < q.answers().size(); i++) {
                order.add(i);
            }
        }
        if (shuffle) {
            Collections.shuffle(order, random);
        }
        List<String> rights = new ArrayList<>();
        if (q.type() == QuestionType.MATCHING) {
            rights.addAll(new LinkedHashSet<>(q.pairs().stream().map(PairData::right).toList()));
            // Options are always shuffled: in authored order they would line up with their prompts.
            Collections.shuffle(rights, random);
        }
        return new AttemptLayout(List.copyOf(order), List.copyOf(rights));
    }

    /** The authored index of the choice shown with this id, or -1. */
    public int choiceIndex(String id) {
        int pos = position(id, 'c');
        return pos < 0 || pos >= choiceOrder.size() ? -1 : choiceOrder.get(pos);
    }

    /** The display id of the prompt of authored pair {@code pairIndex}. */
    public String leftId(int pairIndex) {
        return "l" + choiceOrder.indexOf(pairIndex);
    }

    public int leftIndex(String id) {
        int pos = position(id, 'l');
        return pos < 0 || pos >= choiceOrder.size() ? -1 : choiceOrder.get(pos);
    }

    public String rightText(String id) {
        int pos = position(id, 'r');
        return pos < 0 || pos >= rightOrder.size() ? null : rightOrder.get(pos);
    }

    private static int position(String id, char prefix) {
        if (id == null || id.length() < 2 || id.charAt(0) != prefix) {
            return -1;
        }
        try {
            return Integer.parseInt(id.substring(1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
