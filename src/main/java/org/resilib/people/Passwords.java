package org.resilib.people;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/** bcrypt hashing and verification (Modular Crypt Format), and the password rules for local accounts. */
public final class Passwords {

    public static final int MIN_LENGTH = 10;
    /** OWASP's minimum work factor for bcrypt; keeps a 1,000-row account import to a few minutes. */
    static final int COST = 10;
    public static final int MAX_LENGTH = 128;
    private static final WildFlyElytronPasswordProvider PROVIDER = new WildFlyElytronPasswordProvider();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** A hash of a random password, verified when the account does not exist so timing does not reveal that. */
    private static final String DECOY = hash(Long.toHexString(RANDOM.nextLong()) + "decoy-password");

    private Passwords() {
    }

    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    public static boolean matches(String password, String hash) {
        if (password == null) {
            return false;
        }
        try {
            Password raw = ModularCrypt.decode(hash == null ? DECOY : hash);
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            BCryptPassword restored = (BCryptPassword) factory.translate(raw);
            return factory.verify(restored, password.toCharArray()) && hash != null;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The rule a new password must meet, or null when it does. Message keys are in the bundles. */
    public static String problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "password_too_short";
        }
        if (password.length() > MAX_LENGTH) {
            return "password_too_long";
        }
        if (password.chars().allMatch(Character::isDigit) || password.chars().allMatch(Character::isLetter)) {
            return "password_too_simple";
        }
        return null;
    }

    public static String generate() {
        String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
            if (i % 5 == 4 && i < 19) {
                sb.append('-');
            }
        }
        return sb.toString();
    }
}
