package org.resilib.competency.credential;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;
import org.resilib.audit.AuditLog;
import org.resilib.competency.Actor;
import org.resilib.competency.CompetencyService;
import org.resilib.competency.FormCheck;
import org.resilib.competency.framework.Competency;
import org.resilib.competency.framework.Framework;
import org.resilib.config.ResilibConfig;
import org.resilib.people.CredentialSubjects;
import org.resilib.people.PeopleDirectory;
import org.resilib.text.LocalizedText;
import org.resilib.text.Sha256;
import org.resilib.web.DomainException;

/**
 * Open Badges 3.0 credentials: a W3C Verifiable Credential of type OpenBadgeCredential for a competency the person
 * reached at the proficient level, signed as a VC-JWT (RS256) with the platform's key; revocable by admins. The JWT
 * follows the spec's proof rules: {@code iss} is the issuer's id, {@code jti} the credential's id, {@code sub} the
 * subject's id and {@code nbf} its {@code validFrom} (whole seconds, so the two are equal); there is no {@code exp}
 * because the credential has no {@code validUntil}. The subject's id is the person's {@code urn:uuid:} for
 * credentials, random and stable, so that it says nothing about who they are.
 */
@ApplicationScoped
public class Credentials {

    private final EntityManager em;
    private final CompetencyService competencies;
    private final SigningKeys keys;
    private final String baseUrl;
    private final PeopleDirectory people;
    private final CredentialSubjects subjects;
    private final FormCheck check;

    private final AuditLog audit;

    Credentials(EntityManager em, CompetencyService competencies, SigningKeys keys, AuditLog audit,
            ResilibConfig config, PeopleDirectory people, CredentialSubjects subjects, FormCheck check) {
        this.check = check;
        this.people = people;
        this.subjects = subjects;
        this.audit = audit;
        this.em = em;
        this.competencies = competencies;
        this.keys = keys;
        this.baseUrl = ResilibConfig.withoutTrailingSlash(config.baseUrl());
    }

    public record Issued(UUID id, String jwt, boolean created) {
    }

    /** A credential as its page shows it; {@code levelName} is the level's name on the framework's scale, if any. */
    public record View(UUID id, String holder, String code, String achievement, int level, String levelName,
            Instant issuedAt, boolean revoked, String revocationReason, boolean signatureValid, String jwt,
            long personId) {
    }

    /** Issues (or returns) the caller's credential; only library staff have competency profiles to claim from. */
    @Transactional
    public Issued claim(Actor actor, String code, Locale locale) {
        if (!actor.staff()) {
            throw DomainException.forbidden("forbidden");
        }
        long personId = actor.personId();
        Actor self = new Actor(personId, true, false);
        CompetencyService.Entry entry = competencies.profile(personId, self, locale).stream()
                .filter(e -> e.code().equals(code)).findFirst()
                .orElseThrow(() -> DomainException.badRequest("competency", "competency_unknown"));
        if (!entry.proficient()) {
            throw DomainException.conflict("competency", "credential_not_earned");
        }
        List<?> existing = em.createNativeQuery("select cast(id as text), jwt from badge_credential where person_id = ?1"
                + " and code = ?2 and revoked_at is null").setParameter(1, personId).setParameter(2, code).getResultList();
        if (!existing.isEmpty()) {
            Object[] row = (Object[]) existing.get(0);
            return new Issued(UUID.fromString((String) row[0]), (String) row[1], false);
        }
        CredentialSubjects.Subject subject = subjects.of(personId).orElseThrow(() -> DomainException.notFound("person"));
        Competency c = Competency.<Competency>find("code", code).firstResult();
        UUID id = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String jwt = sign(id, now, subject.id(), subject.email(), c, entry.level());
        em.createNativeQuery("insert into badge_credential (id, person_id, code, level, issued_at, jwt) values"
                + " (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, id).setParameter(2, personId).setParameter(3, code)
                .setParameter(4, entry.level()).setParameter(5, now).setParameter(6, jwt).executeUpdate();
        return new Issued(id, jwt, true);
    }

    private String sign(UUID id, Instant now, String subjectId, String email, Competency c, int level) {
        String salt = UUID.randomUUID().toString();
        Map<String, Object> issuer = issuerProfile();
        Map<String, Object> achievement = achievement(c, level);
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("type", "IdentityObject");
        identity.put("identityHash", "sha256$" + sha256(email.toLowerCase(Locale.ROOT) + salt));
        identity.put("identityType", "emailAddress");
        identity.put("hashed", true);
        identity.put("salt", salt);
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", subjectId);
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(identity));
        subject.put("achievement", achievement);
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        vc.put("id", "urn:uuid:" + id);
        vc.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        vc.put("issuer", issuer);
        vc.put("validFrom", now.toString());
        vc.put("name", achievement.get("name"));
        vc.put("credentialSubject", subject);
        vc.put("credentialStatus", Map.of("id", revocationListUrl(), "type", "1EdTechRevocationList"));
        Map<String, Object> payload = new LinkedHashMap<>(vc);
        payload.put("iss", issuer.get("id"));
        payload.put("jti", vc.get("id"));
        payload.put("sub", subjectId);
        payload.put("nbf", now.getEpochSecond());
        payload.put("iat", now.getEpochSecond());
        SigningKeys.Key key = keys.current();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKeyIdHeaderValue(key.kid());
        jws.setHeader("typ", "JWT");
        jws.setPayload(JsonUtil.toJson(payload));
        jws.setKey(key.privateKey());
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Signing the credential failed", e);
        }
    }

    /** The issuer's Profile, published at its id so that verifiers can resolve it. */
    public Map<String, Object> issuerProfile() {
        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("id", baseUrl + "/issuer");
        issuer.put("type", List.of("Profile"));
        issuer.put("name", "Resilib");
        issuer.put("url", baseUrl);
        return issuer;
    }

    /** The Achievement a credential for this competency attests, published at its id. */
    public Map<String, Object> achievement(Competency c, Integer level) {
        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", baseUrl + "/achievements/" + c.code);
        achievement.put("type", List.of("Achievement"));
        achievement.put("name", LocalizedText.pick(c.name, Locale.ENGLISH));
        achievement.put("description", LocalizedText.pick(c.description.isEmpty() ? c.name : c.description,
                Locale.ENGLISH));
        achievement.put("criteria", Map.of("narrative", level == null
                ? "Reached the proficient level in " + c.code + ", assessed on evidence in Resilib."
                : "Reached level " + level + " (proficient) in " + c.code + ", assessed on evidence in Resilib."));
        return achievement;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Object> achievement(String code) {
        Competency c = Competency.<Competency>find("code = ?1 and retired = false", code).firstResult();
        if (c == null) {
            throw DomainException.notFound("page");
        }
        return achievement(c, null);
    }

    String revocationListUrl() {
        return baseUrl + "/credentials/revocation-list";
    }

    /**
     * The 1EdTech Revocation List every credential's {@code credentialStatus} points to: the ids of all revoked
     * credentials, with the reason an admin gave.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Object> revocationList() {
        List<Map<String, Object>> revoked = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select cast(id as text), revocation_reason from badge_credential"
                + " where revoked_at is not null order by revoked_at, id").getResultList();
        for (Object[] r : rows) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", "urn:uuid:" + r[0]);
            entry.put("revoked", true);
            if (r[1] != null) {
                entry.put("revocationReason", r[1]);
            }
            revoked.add(entry);
        }
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("id", revocationListUrl());
        list.put("issuer", baseUrl + "/issuer");
        list.put("revokedCredentials", revoked);
        return list;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public View view(UUID id, Locale locale) {
        List<?> rows = em.createNativeQuery("select person_id, code, level, issued_at, revoked_at is not null, jwt,"
                + " revocation_reason from badge_credential where id = ?1").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw DomainException.notFound("page");
        }
        Object[] r = (Object[]) rows.get(0);
        long personId = ((Number) r[0]).longValue();
        int level = ((Number) r[2]).intValue();
        Object[] named = em.createQuery("select c, f from Competency c, Framework f where f.id = c.frameworkId and"
                + " c.code = :code", Object[].class).setParameter("code", r[1]).getResultStream().findFirst()
                .orElse(null);
        Competency c = named == null ? null : (Competency) named[0];
        String levelName = named == null ? null : ((Framework) named[1]).levels.stream()
                .filter(l -> l.level() == level).findFirst().map(l -> LocalizedText.pick(l.name(), locale))
                .orElse(null);
        return new View(id, people.name(personId), (String) r[1],
                c == null ? (String) r[1] : LocalizedText.pick(c.name, locale), level, levelName,
                (Instant) r[3], (Boolean) r[4], (String) r[6], verify((String) r[5]), (String) r[5], personId);
    }

    /**
     * Checks the signature with the published key, as any verifier would with the JWKS; the key is the same whether
     * the header names it by its kid URI or, for credentials issued before, by its former id.
     */
    boolean verify(String jwt) {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                    AlgorithmIdentifiers.RSA_USING_SHA256));
            jws.setCompactSerialization(jwt);
            jws.setKey(keys.current().publicKey());
            return jws.verifySignature();
        } catch (JoseException e) {
            return false;
        }
    }

    @Transactional
    public void revoke(UUID id, RevokeForm form, long adminId) {
        check.require(form);
        String why = form.reason();
        int n = em.createNativeQuery("update badge_credential set revoked_at = now(), revoked_by = ?2,"
                + " revocation_reason = ?3 where id = ?1 and revoked_at is null").setParameter(1, id)
                .setParameter(2, adminId).setParameter(3, why).executeUpdate();
        if (n == 0 && em.createNativeQuery("select 1 from badge_credential where id = ?1").setParameter(1, id)
                .getResultList().isEmpty()) {
            throw DomainException.notFound("page");
        }
        if (n > 0) {
            audit.record(adminId, null, AuditLog.Action.CREDENTIAL_REVOKED, "credential:" + id,
                    why == null ? Map.of() : Map.of("reason", why));
        }
    }

    static Optional<UUID> parseId(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String sha256(String s) {
        return Sha256.hex(s);
    }
}
