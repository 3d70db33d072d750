package org.resilib.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Site settings an admin can change while the platform runs; configuration gives the defaults. */
@ApplicationScoped
public class SiteSettings {

    static final String SELF_REGISTRATION = "accounts.self-registration";
    private final EntityManager em;
    private final boolean selfRegistrationDefault;

    private final org.resilib.audit.AuditLog audit;

    SiteSettings(EntityManager em, org.resilib.audit.AuditLog audit,
            @ConfigProperty(name = "resilib.accounts.self-registration") boolean selfRegistrationDefault) {
        this.audit = audit;
        this.em = em;
        this.selfRegistrationDefault = selfRegistrationDefault;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean selfRegistration() {
        List<?> rows = em.createNativeQuery("select value from site_setting where key = ?1")
                .setParameter(1, SELF_REGISTRATION).getResultList();
        return rows.isEmpty() ? selfRegistrationDefault : Boolean.parseBoolean((String) rows.get(0));
    }

    @Transactional
    public void setSelfRegistration(boolean enabled, String by) {
        em.createNativeQuery("insert into site_setting (key, value, updated_by) values (?1, ?2, ?3)"
                + " on conflict (key) do update set value = excluded.value, updated_by = excluded.updated_by,"
                + " updated_at = now()")
                .setParameter(1, SELF_REGISTRATION).setParameter(2, String.valueOf(enabled)).setParameter(3, by)
                .executeUpdate();
        audit.record(null, by, org.resilib.audit.AuditLog.Action.SETTINGS_CHANGED, "setting:" + SELF_REGISTRATION,
                java.util.Map.of("value", enabled));
    }
}
