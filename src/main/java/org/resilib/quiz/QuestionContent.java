package org.resilib.quiz;

import java.util.List;

/** What grading and display need of a question version. */
public record QuestionContent(long versionId, String type, String title, String format, String text, String textAfter,
        List<AnswerData> answers, List<PairData> pairs, String generalFeedback) {
}
