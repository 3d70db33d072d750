package org.resilib.guide.resource;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The off-campus address of a resource, built from the library's templates or the resource's own: never for a
 * campus-only ({@code ip}) resource or where no template is set, never added to an open resource, and never
 * doubled: an address already behind any of the library's proxies (a proxy's login prefix, a host the proxy
 * rewrote, the WebVPN's host, a WAYFless prefix) is given as it is.
 *
 * <p>Templates hold {@code {url}} (the address as it is, which EZproxy's {@code login?url=} expects) or
 * {@code {url_encoded}} (percent-encoded, for a query parameter such as a WAYFless link's {@code target=}). The
 * WebVPN rewrite is the one WebVPN gateways common in Chinese universities use: {@code <vpn>/<scheme>[-<port>]/}
 * then the host encrypted with AES-128-CFB (key and IV the gateway's, by default {@code wrdvpnisthebest!}) in hex
 * after the IV's hex, then the path and query.
 */
public final class OffCampusLink {

    /** The library's templates; any may be null (not offered). */
    public record Templates(String proxy, String webvpnHost, String webvpnKey, String carsi) {
    }

    static final String URL = "{url}";
    static final String URL_ENCODED = "{url_encoded}";

    private OffCampusLink() {
    }

    /** The address to use off campus, or null when the resource cannot be reached from off campus this way. */
    public static String of(String url, AccessMethod access, String own, Templates library) {
        if (access == AccessMethod.OPEN) {
            return url;
        }
        if (access == AccessMethod.IP) {
            return null;
        }
        if (alreadyProxied(url, access, own, library)) {
            return url;
        }
        return switch (access) {
            case PROXY -> fill(blankToNull(own) != null ? own : library.proxy(), url);
            case CARSI, SHIBBOLETH -> fill(blankToNull(own) != null ? own : library.carsi(), url);
            case WEBVPN -> webvpn(url, blankToNull(own) != null ? own : library.webvpnHost(), library.webvpnKey());
            default -> null;
        };
    }

    /** Whether a template can be used: an absolute http(s) address holding {@code {url}} or {@code {url_encoded}}. */
    public static boolean validTemplate(String template) {
        if (template == null || !(template.contains(URL) || template.contains(URL_ENCODED))) {
            return false;
        }
        return httpUrl(template.replace(URL_ENCODED, "x").replace(URL, "x"));
    }

    /** Whether the address is an absolute http or https URL with a host. */
    public static boolean httpUrl(String value) {
        try {
            URI u = new URI(value.strip());
            return u.getScheme() != null && (u.getScheme().equalsIgnoreCase("http")
                    || u.getScheme().equalsIgnoreCase("https")) && u.getHost() != null && !u.getHost().isBlank();
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * Whether the address already goes through one of the library's proxies or the resource's own template: it
     * starts with a template's text before the placeholder (a proxy's login prefix, a WAYFless prefix), whatever
     * the scheme's case; or its host is a proxy's host or one the proxy rewrote (EZproxy's proxy by host name), or
     * the WebVPN's host. A WAYFless template's host is the resource's own, so it counts only by its prefix.
     */
    static boolean alreadyProxied(String url, AccessMethod access, String own, Templates library) {
        String host = host(url);
        if (host == null) {
            return false;
        }
        String lower = withoutScheme(url).toLowerCase(Locale.ROOT);
        boolean prefixed = Stream.of(own, library.proxy(), library.carsi()).map(OffCampusLink::blankToNull)
                .filter(t -> t != null && (t.contains(URL) || t.contains(URL_ENCODED)))
                .anyMatch(t -> lower.startsWith(withoutScheme(prefix(t)).toLowerCase(Locale.ROOT)));
        if (prefixed) {
            return true;
        }
        String ownProxy = access == AccessMethod.PROXY || access == AccessMethod.WEBVPN ? own : null;
        return Stream.of(ownProxy, library.proxy(), library.webvpnHost()).map(OffCampusLink::blankToNull)
                .filter(t -> t != null).map(t -> host(t.replace(URL_ENCODED, "x").replace(URL, "x")))
                .anyMatch(h -> h != null && (host.equals(h) || host.endsWith("." + h)));
    }

    private static String fill(String template, String url) {
        if (blankToNull(template) == null || !validTemplate(template)) {
            return null;
        }
        return template.replace(URL_ENCODED, URLEncoder.encode(url, StandardCharsets.UTF_8)).replace(URL, url);
    }

    private static String webvpn(String url, String vpn, String key) {
        if (blankToNull(vpn) == null || !httpUrl(vpn)) {
            return null;
        }
        URI u = URI.create(url.strip());
        String scheme = u.getScheme().toLowerCase(Locale.ROOT);
        String rest = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        if (u.getRawQuery() != null) {
            rest += "?" + u.getRawQuery();
        }
        if (u.getRawFragment() != null) {
            rest += "#" + u.getRawFragment();
        }
        String base = vpn.endsWith("/") ? vpn.substring(0, vpn.length() - 1) : vpn;
        return base + "/" + scheme + (u.getPort() < 0 ? "" : "-" + u.getPort()) + "/"
                + encryptHost(u.getHost(), key) + rest;
    }

    /** The WebVPN's form of a host name: the IV in hex, then the name encrypted with AES-128-CFB in hex. */
    static String encryptHost(String host, String key) {
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        try {
            Cipher cfb = Cipher.getInstance("AES/CFB/NoPadding");
            cfb.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(k, "AES"), new IvParameterSpec(k));
            byte[] encrypted = cfb.doFinal(host.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(k) + HexFormat.of().formatHex(encrypted);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-128-CFB is not available", e);
        }
    }

    /** A template's text before its placeholder (for a WebVPN address, the address). */
    private static String prefix(String template) {
        int at = Stream.of(template.indexOf(URL), template.indexOf(URL_ENCODED)).filter(i -> i >= 0).min(Integer::compare)
                .orElse(template.length());
        return template.substring(0, at);
    }

    private static String withoutScheme(String url) {
        return url.replaceFirst("(?i)^https?://", "");
    }

    private static String host(String url) {
        try {
            String h = new URI(url.strip()).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT);
        } catch (Exception e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
