package org.resilib.guide.resource;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.resilib.guide.resource.OffCampusLink.Templates;

/**
 * The off-campus link rules, with the cases discovery tools' trackers keep reporting: proxy prefixes missing or
 * doubled, prefixes added to open content, hosts already rewritten, WAYFless targets not encoded.
 */
class OffCampusLinkTest {

    static final String PROXY = "https://proxy.lib.example.edu/login?url={url}";
    static final String CARSI = "https://sp.example.com/Shibboleth.sso/Login?entityID=https%3A%2F%2Fidp.example.edu"
            + "%2Fidp%2Fshibboleth&target={url_encoded}";
    static final Templates LIBRARY = new Templates(PROXY, "https://webvpn.example.edu", "wrdvpnisthebest!", CARSI);
    static final Templates NONE = new Templates(null, null, "wrdvpnisthebest!", null);

    @Test
    void aProxiedResourceGetsThePrefixOnceWithItsAddressAsItIs() {
        assertThat(OffCampusLink.of("https://www.jstor.org/stable/123?seq=1#page", AccessMethod.PROXY, null, LIBRARY))
                .isEqualTo("https://proxy.lib.example.edu/login?url=https://www.jstor.org/stable/123?seq=1#page");
    }

    @Test
    void anAddressAlreadyBehindTheProxyIsNotPrefixedAgain() {
        String once = "https://proxy.lib.example.edu/login?url=https://www.jstor.org/";
        assertThat(OffCampusLink.of(once, AccessMethod.PROXY, null, LIBRARY)).isEqualTo(once);
        String httpOnce = "http://PROXY.lib.example.edu/login?url=https://www.jstor.org/";
        assertThat(OffCampusLink.of(httpOnce, AccessMethod.PROXY, null, LIBRARY)).as("scheme and case differ")
                .isEqualTo(httpOnce);
        String rewritten = "https://www-jstor-org.proxy.lib.example.edu/stable/123";
        assertThat(OffCampusLink.of(rewritten, AccessMethod.PROXY, null, LIBRARY)).as("proxy by host name")
                .isEqualTo(rewritten);
        String viaVpn = "https://webvpn.example.edu/https/77726476706e69737468656265737421e7e056d2243e635930068cb8/";
        assertThat(OffCampusLink.of(viaVpn, AccessMethod.PROXY, null, LIBRARY)).as("already through the WebVPN")
                .isEqualTo(viaVpn);
        String wayfless = CARSI.replace("{url_encoded}", "https%3A%2F%2Fwww.cnki.net%2F");
        assertThat(OffCampusLink.of(wayfless, AccessMethod.CARSI, null, LIBRARY)).isEqualTo(wayfless);
    }

    @Test
    void openResourcesAreNeverPrefixedAndCampusOnlyOnesHaveNoOffCampusLink() {
        assertThat(OffCampusLink.of("https://doaj.org/", AccessMethod.OPEN, null, LIBRARY))
                .isEqualTo("https://doaj.org/");
        assertThat(OffCampusLink.of("https://www.example-db.cn/", AccessMethod.IP, null, LIBRARY)).isNull();
    }

    @Test
    void withoutATemplateThereIsNoOffCampusLinkRatherThanABrokenOne() {
        assertThat(OffCampusLink.of("https://www.jstor.org/", AccessMethod.PROXY, null, NONE)).isNull();
        assertThat(OffCampusLink.of("https://www.jstor.org/", AccessMethod.WEBVPN, null, NONE)).isNull();
        assertThat(OffCampusLink.of("https://www.jstor.org/", AccessMethod.CARSI, null, NONE)).isNull();
        assertThat(OffCampusLink.of("https://www.jstor.org/", AccessMethod.PROXY, "https://p.example/no-placeholder",
                NONE)).isNull();
    }

    @Test
    void aWayflessTargetIsPercentEncoded() {
        assertThat(OffCampusLink.of("https://www.cnki.net/kns?q=a&b=c", AccessMethod.CARSI, null, LIBRARY))
                .isEqualTo(CARSI.replace("{url_encoded}", "https%3A%2F%2Fwww.cnki.net%2Fkns%3Fq%3Da%26b%3Dc"));
    }

    @Test
    void aResourcesOwnTemplateWinsOverTheLibrarys() {
        String own = "https://fsso.cnki.net/Shibboleth.sso/Login?entityID=urn:x&target={url_encoded}";
        assertThat(OffCampusLink.of("https://www.cnki.net/", AccessMethod.SHIBBOLETH, own, LIBRARY))
                .startsWith("https://fsso.cnki.net/Shibboleth.sso/Login?entityID=urn:x&target=https%3A%2F%2F");
        assertThat(OffCampusLink.of("https://www.cnki.net/", AccessMethod.SHIBBOLETH, own, NONE)).isNotNull();
    }

    /** Expected values made independently with {@code openssl enc -aes-128-cfb} from the same key and IV. */
    @Test
    void theWebVpnRewritesTheHostAsTheGatewayDoes() {
        assertThat(OffCampusLink.encryptHost("www.cnki.net", "wrdvpnisthebest!"))
                .isEqualTo("77726476706e69737468656265737421e7e056d2243e635930068cb8");
        assertThat(OffCampusLink.of("https://www.jstor.org/stable/123?x=1", AccessMethod.WEBVPN, null, LIBRARY))
                .isEqualTo("https://webvpn.example.edu/https/77726476706e69737468656265737421e7e056d22d237c5f6c4686be9f"
                        + "/stable/123?x=1");
        assertThat(OffCampusLink.of("http://www.cnki.net:8080", AccessMethod.WEBVPN, null, LIBRARY))
                .isEqualTo("https://webvpn.example.edu/http-8080/77726476706e69737468656265737421e7e056d2243e635930068cb8/");
    }

    @Test
    void templatesMustHoldThePlaceholderAndBeWebAddresses() {
        assertThat(OffCampusLink.validTemplate(PROXY)).isTrue();
        assertThat(OffCampusLink.validTemplate(CARSI)).isTrue();
        assertThat(OffCampusLink.validTemplate("https://proxy.lib.example.edu/login?url=")).isFalse();
        assertThat(OffCampusLink.validTemplate("javascript:alert({url})")).isFalse();
        assertThat(OffCampusLink.httpUrl("ftp://example.org/")).isFalse();
        assertThat(OffCampusLink.httpUrl("https://example.org/a b")).isFalse();
    }
}
