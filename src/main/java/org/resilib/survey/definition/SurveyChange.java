package org.resilib.survey.definition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What may change in a survey that has responses: wording, order and pages freely, and new questions if they are
 * optional; never a question with answers removed or given another type, nor an option or statement that answers
 * chose taken away, nor a new required question (the responses already in could not have answered it).
 */
public final class SurveyChange {

    private SurveyChange() {
    }

    /** Why the change is refused (one line per question at fault; empty when it is allowed). */
    public static List<String> refused(SurveyFile before, SurveyFile after, Set<String> answered) {
        Map<String, SurveyFile.Question> old = new HashMap<>();
        before.pages().forEach(p -> p.questions().forEach(q -> old.put(q.id(), q)));
        Map<String, SurveyFile.Question> now = new HashMap<>();
        after.pages().forEach(p -> p.questions().forEach(q -> now.put(q.id(), q)));
        List<String> out = new ArrayList<>();
        for (String id : answered) {
            SurveyFile.Question was = old.get(id);
            SurveyFile.Question is = now.get(id);
            if (was == null) {
                continue;
            }
            if (is == null) {
                out.add(id + ": removed, but it has answers");
            } else if (!was.type().equals(is.type())) {
                out.add(id + ": type changed from " + was.type() + " to " + is.type() + ", but it has answers");
            } else {
                Set<String> kept = ids(is);
                for (String o : ids(was)) {
                    if (!kept.contains(o)) {
                        out.add(id + ": " + o + " removed, but it may have been chosen");
                    }
                }
            }
        }
        for (SurveyFile.Question q : now.values()) {
            if (!old.containsKey(q.id()) && q.isRequired()) {
                out.add(q.id() + ": new and required, but responses are already in");
            }
        }
        out.sort(String::compareTo);
        return out;
    }

    private static Set<String> ids(SurveyFile.Question q) {
        Set<String> out = new HashSet<>();
        q.optionList().forEach(o -> out.add(o.id()));
        q.statementList().forEach(s -> out.add(s.id()));
        if (q.hasOther()) {
            out.add(SurveyCheck.OTHER);
        }
        return out;
    }
}
