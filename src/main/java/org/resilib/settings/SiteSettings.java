package org.resilib.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.resilib.config.ResilibConfig;
import org.resilib.audit.AuditLog;

/** Site settings an admin can change while the platform runs; configuration gives the defaults. */
@ApplicationScoped
public class SiteSettings {

    static final String SELF_REGISTRATION = "accounts.self-registration";
    private final EntityManager em;
    private final boolean selfRegistrationDefault;

    private final AuditLog audit;

    SiteSettings(EntityManager em, AuditLog audit,
            ResilibConfig config,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> oidcServer) {
        this.sso = oidcServer.filter(u -> !u.isBlank()).isPresent();
        this.audit = audit;
        this.em = em;
        this.selfRegistrationDefault = config.accounts().selfRegistration();
    }

    private final boolean sso;
    static final String LOCAL_SIGN_IN = "local-sign-in";

    /** Whether single sign-on is configured (from the environment). */
    public boolean sso() {
        return sso;
    }

    /**
     * Whether the local email-and-password form is offered. Only with single sign-on configured can an admin switch
     * it off; admins themselves can still sign in locally (at /login?local=true), so a broken provider never locks
     * the library out.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @ActivateRequestContext
    public boolean localSignIn() {
        if (!sso) {
            return true;
        }
        List<?> rows = em.createNativeQuery("select value from site_setting where key = ?1")
                .setParameter(1, LOCAL_SIGN_IN).getResultList();
        return rows.isEmpty() || Boolean.parseBoolean((String) rows.get(0));
    }

    @Transactional
    public void setLocalSignIn(boolean enabled, String by) {
        if (!sso) {
            return;
        }
        put(LOCAL_SIGN_IN, String.valueOf(enabled), by);
        audit.record(null, by, AuditLog.Action.SETTINGS_CHANGED, "setting:" + LOCAL_SIGN_IN,
                Map.of("value", enabled));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean selfRegistration() {
        List<?> rows = em.createNativeQuery("select value from site_setting where key = ?1")
                .setParameter(1, SELF_REGISTRATION).getResultList();
        return rows.isEmpty() ? selfRegistrationDefault : Boolean.parseBoolean((String) rows.get(0));
    }

    @Transactional
    public void setSelfRegistration(boolean enabled, String by) {
        put(SELF_REGISTRATION, String.valueOf(enabled), by);
        audit.record(null, by, AuditLog.Action.SETTINGS_CHANGED, "setting:" + SELF_REGISTRATION,
                Map.of("value", enabled));
    }

    /**
     * Every setting a feature keeps under its own prefix ({@code guide.}), as stored: one statement, for the
     * feature to keep in memory under the content epoch (V32 bumps it on every change of a setting).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> withPrefix(String prefix) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select key, value from site_setting where key like ?1")
                .setParameter(1, prefix.replace("%", "\\%").replace("_", "\\_") + "%").getResultList();
        Map<String, String> out = new java.util.LinkedHashMap<>();
        rows.forEach(r -> out.put((String) r[0], (String) r[1]));
        return out;
    }

    /** Sets (or, with a blank value, removes) a feature's setting, in the audit log. */
    @Transactional
    public void setText(String key, String value, Long actorId, String by) {
        if (value == null || value.isBlank()) {
            em.createNativeQuery("delete from site_setting where key = ?1").setParameter(1, key).executeUpdate();
        } else {
            put(key, value.strip(), by);
        }
        audit.record(actorId, by, AuditLog.Action.SETTINGS_CHANGED, "setting:" + key,
                Map.of("value", value == null ? "" : value.strip()));
    }

    private void put(String key, String value, String by) {
        em.createNativeQuery("insert into site_setting (key, value, updated_by) values (?1, ?2, ?3)"
                + " on conflict (key) do update set value = excluded.value, updated_by = excluded.updated_by,"
                + " updated_at = now()").setParameter(1, key).setParameter(2, value).setParameter(3, by)
                .executeUpdate();
    }
}
