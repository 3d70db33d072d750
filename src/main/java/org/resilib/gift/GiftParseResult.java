package org.resilib.gift;

import java.util.List;

/** Every question that could be read, plus one problem for each question that could not. */
public record GiftParseResult(List<GiftQuestion> questions, List<GiftProblem> problems) {

    public GiftParseResult {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
    }
}
