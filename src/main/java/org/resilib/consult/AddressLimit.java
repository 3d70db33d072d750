package org.resilib.consult;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.resilib.config.ResilibConfig;
import org.resilib.text.Sha256;
import org.resilib.web.ClientAddress;
import org.resilib.web.DomainException;

/**
 * The address rule for visitors' questions: at most {@code resilib.consult.visitor-questions-per-address} from one
 * address in the current and the previous clock hour, counted under the row's lock in the question's transaction, so
 * simultaneous questions on any number of instances count exactly and a refused one rolls its count back.
 */
@ApplicationScoped
class AddressLimit {

    private final EntityManager em;
    private final ClientAddress address;
    private final int limit;

    AddressLimit(EntityManager em, ClientAddress address, ResilibConfig config) {
        this.em = em;
        this.address = address;
        this.limit = config.consult().visitorQuestionsPerAddress();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void count() {
        String from = address.get();
        if (from == null) {
            return;
        }
        String hash = Sha256.hex("consult-visitor:" + from);
        Number now = (Number) em.createNativeQuery("insert into consult_address_count (address_hash, hour, questions)"
                + " values (?1, date_trunc('hour', now()), 1) on conflict (address_hash, hour) do update set"
                + " questions = consult_address_count.questions + 1 returning questions + coalesce((select c.questions"
                + " from consult_address_count c where c.address_hash = ?1 and c.hour = date_trunc('hour', now())"
                + " - interval '1 hour'), 0)").setParameter(1, hash).getSingleResult();
        if (now.intValue() > limit) {
            throw new DomainException(429, null, "consult_error_address_limit");
        }
    }

    @Scheduled(every = "1h", identity = "prune-consult-address-counts")
    @Transactional
    void prune() {
        em.createNativeQuery("delete from consult_address_count where hour < now() - interval '1 day'")
                .executeUpdate();
    }
}
