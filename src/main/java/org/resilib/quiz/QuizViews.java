package org.resilib.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.resilib.gift.QuestionType;

/** What the quiz pages and the API show. Nothing here carries an answer key before the attempt is submitted. */
public final class QuizViews {

    private QuizViews() {
    }

    public record Settings(int passPercent, int attemptsAllowed, Integer timeLimitMinutes, boolean shuffle) {
        public boolean unlimited() {
            return attemptsAllowed <= 0;
        }
    }

    public record AttemptSummary(long id, int number, String state, Instant startedAt, Instant submittedAt,
            Instant deadline, Double percent, Boolean passed) {
        public boolean open() {
            return QuizAttempt.IN_PROGRESS.equals(state);
        }
    }

    public record QuizInfo(String courseSlug, String courseTitle, int questionCount, Settings settings,
            List<AttemptSummary> attempts, Double bestPercent, Boolean bestPassed, boolean canStart) {
        public AttemptSummary open() {
            return attempts.stream().filter(AttemptSummary::open).findFirst().orElse(null);
        }

        public int attemptsLeft() {
            return settings.unlimited() ? Integer.MAX_VALUE : Math.max(0, settings.attemptsAllowed() - attempts.size());
        }
    }

    public record Choice(String id, String text) {
    }

    /** A question as the learner sees it; {@code review} is filled only after submission. */
    /**
     * One question of an attempt as shown: {@code language} is the language of its texts, {@code translated} false
     * when that is not the reader's (no translation yet: the original is shown).
     */
    public record Slot(long id, int number, QuestionType type, String text, String textAfter, List<Choice> choices,
            List<Choice> left, List<Choice> right, JsonNode response, Instant savedAt, Review review,
            String language, boolean translated) {

        public Slot(long id, int number, QuestionType type, String text, String textAfter, List<Choice> choices,
                List<Choice> left, List<Choice> right, JsonNode response, Instant savedAt, Review review) {
            this(id, number, type, text, textAfter, choices, left, right, response, savedAt, review, null, true);
        }

        public boolean chosen(String choiceId) {
            if (response == null || response.isNull()) {
                return false;
            }
            if (response.isArray()) {
                for (JsonNode n : response) {
                    if (n.asText().equals(choiceId)) {
                        return true;
                    }
                }
                return false;
            }
            return response.asText().equals(choiceId);
        }

        public boolean isTrue() {
            return response != null && response.isBoolean() && response.asBoolean();
        }

        public boolean isFalse() {
            return response != null && response.isBoolean() && !response.asBoolean();
        }

        public String textResponse() {
            return response == null || response.isNull() || response.isContainerNode() ? "" : response.asText();
        }

        public String matched(String leftId) {
            return response != null && response.has(leftId) ? response.get(leftId).asText() : "";
        }
    }

    public record Review(Double points, double maxPoints, Boolean correct, String feedback, String rightAnswer,
            String graderComment) {
    }

    public record Attempt(long id, String courseSlug, String courseTitle, int number, String state, Instant startedAt,
            Instant deadline, Instant submittedAt, Double score, Double maxScore, Double percent, Boolean passed,
            int passPercent, List<Slot> questions, long ownerId, String ownerName) {
        public boolean open() {
            return QuizAttempt.IN_PROGRESS.equals(state);
        }

        public boolean waiting() {
            return QuizAttempt.NEEDS_GRADING.equals(state);
        }
    }
}
