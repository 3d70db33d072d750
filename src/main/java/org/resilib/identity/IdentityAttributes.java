package org.resilib.identity;

/**
 * The attributes a signed-in identity carries, set by the identity providers of the people feature (local sign-in,
 * single sign-on, personal API tokens) and read by {@link Viewer}.
 */
public final class IdentityAttributes {

    public static final String PERSON_ID = "resilib.person-id";
    public static final String DISPLAY_NAME = "resilib.display-name";
    public static final String TIME_ZONE = "resilib.time-zone";
    public static final String EMAIL = "resilib.email";
    /** Set on identities that came through the university's identity provider (their logout ends its session). */
    public static final String SSO = "resilib.sso";

    private IdentityAttributes() {
    }
}
