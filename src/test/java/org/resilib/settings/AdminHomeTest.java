package org.resilib.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;

/** The admin home warns while the public address people get in mails and calendars is a local one. */
@QuarkusTest
class AdminHomeTest {

    @Test
    void aLocalBaseUrlIsPointedOut() {
        // The tests run with the default, http://localhost:8080.
        assertThat(HttpSession.admin().get("/admin?lang=en").asString())
                .contains("The public address is still http://localhost:8080");
    }

    @Test
    void onlyLocalAddressesCountAsLocal() {
        assertThat(AdminHomeResource.isLocal("http://localhost:8080")).isTrue();
        assertThat(AdminHomeResource.isLocal("http://127.0.0.1")).isTrue();
        assertThat(AdminHomeResource.isLocal("http://[::1]:8080/")).isTrue();
        assertThat(AdminHomeResource.isLocal("not a url")).isTrue();
        assertThat(AdminHomeResource.isLocal("https://lib.example.edu.cn")).isFalse();
        assertThat(AdminHomeResource.isLocal("https://resilib.tsinghua.edu.cn/")).isFalse();
    }
}
