package org.resilib.competency.credential;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.resilib.config.ResilibConfig;

/**
 * The platform's RS256 key for signing credentials: from {@code RESILIB_SIGNING_KEY} (an RSA PKCS#8 PEM) when set,
 * else one generated once and kept in the database so that every instance signs with the same key.
 *
 * <p>A credential's JOSE header names the key by a URI that dereferences to its JWK, as Open Badges 3.0 requires:
 * {@code <base-url>/issuer/keys/<RFC 7638 thumbprint>}. Credentials issued before carry the short key id
 * {@code resilib-<hex>}; the JWKS lists the key under that id as well, so verifiers holding them still find it.
 */
@ApplicationScoped
public class SigningKeys {

    private final EntityManager em;
    private final Optional<String> configured;
    private final String baseUrl;
    private volatile Key key;

    SigningKeys(EntityManager em, ResilibConfig config) {
        this.em = em;
        this.configured = config.signingKey().filter(s -> !s.isBlank());
        this.baseUrl = ResilibConfig.withoutTrailingSlash(config.baseUrl());
    }

    /**
     * {@code kid} is the URI of the key's JWK, {@code thumbprint} its last path segment, {@code legacyKid} the id
     * credentials were signed with before the kid became a URI.
     */
    public record Key(String kid, String thumbprint, String legacyKid, RSAPrivateCrtKey privateKey,
            RSAPublicKey publicKey) {
    }

    public Key current() {
        Key k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = parse(configured.orElseGet(this::stored), baseUrl + "/issuer/keys/");
                }
                k = key;
            }
        }
        return k;
    }

    /** The public key as a JWKS document, for anyone verifying a credential: under its kid URI and its former id. */
    public String jwks() {
        Key k = current();
        return "{\"keys\":[" + jwk(k, k.kid()) + "," + jwk(k, k.legacyKid()) + "]}";
    }

    /** The JWK a credential's kid dereferences to, when {@code thumbprint} names the current key. */
    public Optional<String> jwk(String thumbprint) {
        Key k = current();
        return k.thumbprint().equals(thumbprint) ? Optional.of(jwk(k, k.kid())) : Optional.empty();
    }

    private static String jwk(Key k, String kid) {
        RsaJsonWebKey jwk = new RsaJsonWebKey(k.publicKey());
        jwk.setKeyId(kid);
        jwk.setUse("sig");
        jwk.setAlgorithm("RS256");
        return jwk.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    private String stored() {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("select pg_advisory_xact_lock(4712)").getSingleResult();
            List<?> rows = em.createNativeQuery("select private_pem from signing_key order by created_at limit 1")
                    .getResultList();
            if (!rows.isEmpty()) {
                return (String) rows.get(0);
            }
            String generated = generate();
            em.createNativeQuery("insert into signing_key (kid, private_pem) values (?1, ?2)")
                    .setParameter(1, "generated").setParameter(2, generated).executeUpdate();
            return generated;
        });
    }

    static Key parse(String pem, String kidPrefix) {
        try {
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
            KeyFactory kf = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey priv = (RSAPrivateCrtKey) kf.generatePrivate(new PKCS8EncodedKeySpec(der));
            RSAPublicKey pub = (RSAPublicKey) kf.generatePublic(new RSAPublicKeySpec(priv.getModulus(),
                    priv.getPublicExponent()));
            String legacyKid = "resilib-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(pub.getEncoded())).substring(0, 16);
            String thumbprint = new RsaJsonWebKey(pub).calculateBase64urlEncodedThumbprint("SHA-256");
            return new Key(kidPrefix + thumbprint, thumbprint, legacyKid, priv, pub);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("The signing key is not an RSA PKCS#8 private key", e);
        }
    }

    static String generate() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(g.generateKeyPair().getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
