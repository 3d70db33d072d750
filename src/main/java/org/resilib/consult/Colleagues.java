package org.resilib.consult;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.resilib.identity.Role;
import org.resilib.people.PeopleDirectory;

/** The staff of the desk: active librarians and administrators, who take questions, chats and shifts. */
@ApplicationScoped
public class Colleagues {

    private final PeopleDirectory people;

    Colleagues(PeopleDirectory people) {
        this.people = people;
    }

    /** Everyone at the desk, by name (at most 500 of each role). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PeopleDirectory.Contact> all() {
        Map<Long, PeopleDirectory.Contact> all = new LinkedHashMap<>();
        for (Role role : List.of(Role.LIBRARIAN, Role.ADMIN)) {
            people.withRole(role, null, 500).stream().filter(PeopleDirectory.Contact::active)
                    .forEach(c -> all.putIfAbsent(c.id(), c));
        }
        return all.values().stream().sorted(Comparator.comparing(PeopleDirectory.Contact::name,
                Comparator.nullsLast(String::compareTo))).toList();
    }

    public boolean isColleague(long personId) {
        return all().stream().anyMatch(c -> c.id() == personId);
    }
}
