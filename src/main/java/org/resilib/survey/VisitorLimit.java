package org.resilib.survey;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.resilib.config.ResilibConfig;
import org.resilib.text.Sha256;
import org.resilib.web.ClientAddress;
import org.resilib.web.DomainException;

/**
 * The address rule for visitors' responses to public surveys, as the sign-in throttle has one for passwords: at
 * most {@code resilib.surveys.visitor-responses-per-address} from one address in the current and the previous clock
 * hour. A browser token alone would let a script answer again and again with new tokens. The count is one row per
 * survey, hashed address and hour, incremented under its row lock in the response's transaction, so simultaneous
 * responses on any number of instances count exactly; a refused response rolls the increment back with it.
 */
@ApplicationScoped
class VisitorLimit {

    private final EntityManager em;
    private final ClientAddress address;
    private final int limit;

    VisitorLimit(EntityManager em, ClientAddress address, ResilibConfig config) {
        this.em = em;
        this.address = address;
        this.limit = config.surveys().visitorResponsesPerAddress();
    }

    /** Counts a visitor's response from the request's address; 429 once the address has sent its share. */
    @Transactional(Transactional.TxType.MANDATORY)
    void count(long surveyId) {
        String from = address.get();
        if (from == null) {
            return;
        }
        String hash = Sha256.hex("survey-visitor:" + from);
        Number now = (Number) em.createNativeQuery("insert into survey_visitor_count (survey_id, address_hash, hour,"
                + " responses) values (?1, ?2, date_trunc('hour', now()), 1) on conflict (survey_id, address_hash,"
                + " hour) do update set responses = survey_visitor_count.responses + 1 returning responses + coalesce("
                + "(select c.responses from survey_visitor_count c where c.survey_id = ?1 and c.address_hash = ?2 and"
                + " c.hour = date_trunc('hour', now()) - interval '1 hour'), 0)").setParameter(1, surveyId)
                .setParameter(2, hash).getSingleResult();
        if (now.intValue() > limit) {
            throw new DomainException(429, null, "survey_address_limit");
        }
    }

    @Scheduled(every = "1h", identity = "prune-survey-visitor-counts")
    @Transactional
    void prune() {
        em.createNativeQuery("delete from survey_visitor_count where hour < now() - interval '1 day'").executeUpdate();
    }
}
