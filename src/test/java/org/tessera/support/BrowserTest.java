package org.tessera.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of browser tests: Debian's Chromium, headless, driven by Playwright against the running application. Each
 * test gets a fresh browser context (no cookies); {@link #screenshot(String)} writes to target/screenshots.
 */
public abstract class BrowserTest extends IntegrationTest {

    private static final String CHROMIUM = System.getenv().getOrDefault("TESSERA_CHROMIUM", "/usr/bin/chromium");
    private static Playwright playwright;
    private static Browser browser;

    protected BrowserContext context;
    protected Page page;

    @BeforeEach
    void openBrowser() {
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(CHROMIUM))
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
        }
        useContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
    }

    /** From here on the test holds a phone: a 390 px wide touch screen at twice the pixel density. */
    protected void useAPhone() {
        context.close();
        useContext(new Browser.NewContextOptions().setViewportSize(390, 844).setDeviceScaleFactor(2)
                .setIsMobile(true).setHasTouch(true));
    }

    private void useContext(Browser.NewContextOptions options) {
        context = browser.newContext(options.setLocale("en-US"));
        context.setDefaultTimeout(20_000);
        context.setDefaultNavigationTimeout(30_000);
        // Generous: CI runs on two cores, often next to other work.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            playwright.close();
            browser = null;
            playwright = null;
        }
    }

    protected void open(String path) {
        page.navigate(baseUrl() + path);
    }

    /**
     * Waits until htmx has finished swapping and processing new content: a row it just inserted only reacts to
     * changes once htmx has bound its attributes, which happens after the row is already visible.
     */
    protected void htmxSettled() {
        page.waitForFunction("() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling, .htmx-added')");
    }

    protected void signIn(String email, String password) {
        open("/login");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(password);
        page.locator("button[type=submit]").click();
        page.waitForLoadState();
    }

    protected void signInAsAdmin() {
        signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
    }

    protected Path screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
