package org.resilib.authoring.question;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.resilib.authoring.Drafts;
import org.resilib.content.CourseDocument;
import org.resilib.course.Course;
import org.resilib.gift.GiftQuestion;
import org.resilib.gift.GiftWriter;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;
import org.resilib.web.Problem;

/** The draft's question bank (its quiz.gift): questions saved, deleted and imported from GIFT text. */
@ApplicationScoped
public class QuestionBank {

    private final Drafts drafts;

    QuestionBank(Drafts drafts) {
        this.drafts = drafts;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GiftQuestion> questions(String slug, Viewer viewer) {
        return Drafts.gift(drafts.draft(slug, viewer).quizGift()).questions();
    }

    /** Saves a question at {@code index} (0-based) or, when null, adds it at the end; returns its index. */
    @Transactional
    public int saveQuestion(String slug, Integer index, GiftQuestion question, Viewer viewer) {
        Course course = drafts.editable(slug, viewer, true);
        CourseDocument doc = drafts.draftOf(course);
        List<GiftQuestion> all = new ArrayList<>(Drafts.gift(doc.quizGift()).questions());
        int at;
        if (index == null) {
            all.add(question);
            at = all.size() - 1;
        } else {
            if (index < 0 || index >= all.size()) {
                throw DomainException.notFound("question");
            }
            all.set(index, question);
            at = index;
        }
        drafts.save(course, doc.withQuiz(GiftWriter.write(all)), viewer);
        return at;
    }

    @Transactional
    public void deleteQuestion(String slug, int index, Viewer viewer) {
        Course course = drafts.editable(slug, viewer, true);
        CourseDocument doc = drafts.draftOf(course);
        List<GiftQuestion> all = new ArrayList<>(Drafts.gift(doc.quizGift()).questions());
        if (index < 0 || index >= all.size()) {
            throw DomainException.notFound("question");
        }
        all.remove(index);
        drafts.save(course, doc.withQuiz(all.isEmpty() ? null : GiftWriter.write(all)), viewer);
    }

    /**
     * Adds the questions of a GIFT text to the draft's bank; a question with the title and category of one already
     * there replaces it. A text with any problem adds nothing and reports every problem with its line.
     */
    @Transactional
    public int importGift(String slug, String text, Viewer viewer) {
        Course course = drafts.editable(slug, viewer, true);
        var parsed = Drafts.gift(text);
        if (!parsed.problems().isEmpty() || parsed.questions().isEmpty()) {
            List<Problem.FieldError> details = parsed.problems().stream()
                    .map(p -> new Problem.FieldError("gift:" + p.line(), "author_gift_invalid", p.message())).toList();
            throw new DomainException(400, "gift", "author_gift_invalid", details.isEmpty() ? null : details);
        }
        CourseDocument doc = drafts.draftOf(course);
        List<GiftQuestion> all = new ArrayList<>(Drafts.gift(doc.quizGift()).questions());
        for (var q : parsed.questions()) {
            int same = -1;
            for (int i = 0; i < all.size() && !q.title().isBlank(); i++) {
                if (all.get(i).title().equals(q.title()) && all.get(i).category().equals(q.category())) {
                    same = i;
                }
            }
            if (same >= 0) {
                all.set(same, q);
            } else {
                all.add(q);
            }
        }
        drafts.save(course, doc.withQuiz(GiftWriter.write(all)), viewer);
        return parsed.questions().size();
    }
}
