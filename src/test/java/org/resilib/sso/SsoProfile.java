package org.resilib.sso;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** The application signed in through Keycloak: the OIDC settings come from {@link KeycloakResource}. */
public class SsoProfile implements QuarkusTestProfile {

    public static final String SECRET = KeycloakResource.SECRET;
    public static final String ADMIN = KeycloakResource.ADMIN;
    public static final String ADMIN_PASSWORD = KeycloakResource.ADMIN_PASSWORD;

    /** The base URL of the running Keycloak. */
    public static String keycloak() {
        return KeycloakResource.url;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KeycloakResource.class));
    }
}
