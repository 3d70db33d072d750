package org.resilib.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.resilib.audit.AuditLog;
import org.resilib.people.PeoplePersonalData;
import org.resilib.personaldata.PersonalDataSection;
import org.resilib.web.DomainException;

/**
 * Everything Resilib holds about a person, as one JSON document they can download (the right of access), and the
 * anonymisation of a person who has left: identifying data is removed while their attempts, progress and attendance
 * stay, unnamed, in course statistics. Each feature contributes its own {@link PersonalDataSection}, so no table is
 * read here; this class only puts the sections together, in one transaction, and records that it did.
 */
@ApplicationScoped
public class PersonalData {

    private final List<PersonalDataSection> sections;
    private final PeoplePersonalData people;
    private final ObjectMapper json;
    private final AuditLog audit;

    PersonalData(Instance<PersonalDataSection> sections, PeoplePersonalData people, ObjectMapper json,
            AuditLog audit) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(PersonalDataSection::order)).toList();
        this.people = people;
        this.json = json;
        this.audit = audit;
    }

    @Transactional
    public ObjectNode export(long personId) {
        ObjectNode out = json.createObjectNode();
        out.put("exportedAt", Instant.now().toString());
        for (PersonalDataSection s : sections) {
            s.export(personId).forEach(out::set);
        }
        audit.record(personId, null, AuditLog.Action.DATA_EXPORTED, "person:" + personId, Map.of());
        return out;
    }

    /**
     * Removes who the person was, keeping what they did: email, name, password, SSO link, tokens, calendar feed,
     * reset links, work-sample links and notes, the id their credentials named them by, and their name in the audit
     * log go; attempts, progress, attendance and assessments stay under the same (now anonymous) person, so course
     * and item statistics do not change.
     */
    @Transactional
    public void anonymise(long personId, long adminId) {
        if (personId == adminId) {
            throw DomainException.badRequest("person", "anonymise_self");
        }
        String formerEmail = people.lockForAnonymisation(personId);
        for (PersonalDataSection s : sections) {
            s.anonymise(personId, formerEmail, adminId);
        }
        audit.record(adminId, null, AuditLog.Action.PERSON_ANONYMISED, "person:" + personId, Map.of());
    }
}
