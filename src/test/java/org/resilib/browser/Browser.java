package org.resilib.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Debian's Chromium driven by Playwright, with an axe-core check for WCAG 2.1 AA. */
final class Browser implements AutoCloseable {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium())
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    static Path chromium() {
        return findChromium().orElseThrow(
                () -> new IllegalStateException("No Chromium found; install Debian's chromium package (see .ci/run)"));
    }

    static Optional<Path> findChromium() {
        return Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
                .map(Paths::get).filter(Files::isExecutable).findFirst();
    }

    /**
     * Browser tests need a Chromium. CI installs one and fails without it; on a developer machine without one the
     * browser tests are skipped with this message instead of failing the whole build.
     */
    static void assumeChromium() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        Assumptions.assumeTrue(ci || findChromium().isPresent(),
                "Browser tests skipped: no Chromium (apt-get install chromium)");
    }

    /** A phone-sized context (390 x 844), the size most students read on. */
    BrowserContext phone() {
        return browser.newContext(new NewContextOptions().setViewportSize(390, 844).setIsMobile(true).setHasTouch(true)
                .setLocale("zh-CN"));
    }

    /** A context of the given viewport and language; {@code mobile} emulates a phone's touch screen. */
    BrowserContext context(int width, int height, boolean mobile, String locale) {
        return browser.newContext(new NewContextOptions().setViewportSize(width, height).setIsMobile(mobile)
                .setHasTouch(mobile).setLocale(locale));
    }

    BrowserContext desktop() {
        return browser.newContext(new NewContextOptions().setViewportSize(1280, 900).setLocale("en-GB"));
    }

    static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        assertThat(results.getPasses()).as("axe-core ran its rules on " + page.url()).isNotEmpty();
        List<Rule> violations = results.getViolations();
        assertThat(violations).as(() -> page.url() + " has accessibility violations:\n" + violations.stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"))).isEmpty();
    }

    /** Keeps a picture of the page in target/screenshots for reviewers. */
    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
