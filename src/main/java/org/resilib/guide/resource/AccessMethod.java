package org.resilib.guide.resource;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a resource is reached from off campus: only on campus ({@code ip}), through the library's proxy, through the
 * WebVPN (which rewrites hosts), by federated sign-in (CARSI, Shibboleth: a WAYFless link), or open to anyone.
 */
public enum AccessMethod {
    IP, PROXY, WEBVPN, CARSI, SHIBBOLETH, OPEN;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AccessMethod> fromKey(String key) {
        return Arrays.stream(values()).filter(a -> a.key().equals(key)).findFirst();
    }

    /** Whether the method takes a URL template (the library's, or the resource's own). */
    public boolean templated() {
        return this == PROXY || this == CARSI || this == SHIBBOLETH;
    }
}
