package org.resilib.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * A person's subject id for verifiable credentials: a random {@code urn:uuid:} kept on the person, stable across
 * credentials and saying nothing about who they are, with the email a credential may carry hashed.
 */
@ApplicationScoped
public class CredentialSubjects {

    /** What a credential says about its holder. */
    public record Subject(String id, String email) {
    }

    private final EntityManager em;

    CredentialSubjects(EntityManager em) {
        this.em = em;
    }

    /** The person's credential subject, if there is such a person. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Subject> of(long personId) {
        List<?> rows = em.createNativeQuery("select cast(credential_subject as text), email from person where id = ?1")
                .setParameter(1, personId).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new Subject("urn:uuid:" + r[0], (String) r[1])).findFirst();
    }
}
