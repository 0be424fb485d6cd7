package se.stockholm.varna.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Headless Chromium through Playwright: Debian's /usr/bin/chromium when present (no browser
 * download), with the flags this closed network needs. One instance per test class.
 */
public final class Browser implements AutoCloseable {

    private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    public Browser() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                .setHeadless(true)
                .setArgs(List.of(
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync"));
        if (Files.isExecutable(DEBIAN_CHROMIUM)) {
            options.setExecutablePath(DEBIAN_CHROMIUM);
        }
        browser = playwright.chromium().launch(options);
    }

    /** A fresh page in its own context: no cookies shared with other users. */
    public Page newPage() {
        return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("sv-SE"))
                .newPage();
    }

    /** Logs in through Keycloak's own login page, starting from Värna's start page. */
    public static void login(Page page, String baseUrl, String username) {
        page.navigate(baseUrl + "/");
        page.click("#login");
        page.waitForSelector("#username");
        page.fill("#username", username);
        page.fill("#password", username);
        page.click("#kc-login");
        page.waitForSelector("#inloggad");
    }

    /** Runs axe-core on the page and fails with a readable list when anything is violated. */
    public static void assertAccessible(Page page, String what) {
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze();
        List<String> problems = new ArrayList<>();
        results.getViolations()
                .forEach(v -> problems.add(v.getId() + ": " + v.getHelp() + " "
                        + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", "))));
        assertEquals(List.of(), problems, "axe-core violations on " + what);
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }

    /** Only what the window shows: for long pages whose top is what a reviewer looks at. */
    public static void screenshotOfWindow(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
