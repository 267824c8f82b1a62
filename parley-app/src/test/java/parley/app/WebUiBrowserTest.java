package parley.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import parley.source.ArticleReader;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import parley.server.ApiToken;
import parley.server.ParleyServer;
import parley.store.Database;
import parley.store.EventStore;
import parley.store.MergeSettings;

/**
 * The web interface in a real browser (Debian's chromium, headless, driven by chromedriver) over a store the real
 * pipeline filled from the bundled samples and one hostile article, whose title, text, outlet and URL carry
 * script payloads. Each page is loaded and used as a reader would; screenshots go to target/ui-screenshots/.
 *
 * <p>Without chromium and chromedriver the test is skipped on a developer's machine and fails under CI
 * ({@code CI=true}), where .ci/run installs them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebUiBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "ui-screenshots");
    static final String HOSTILE = "hostile-1";

    @TempDir
    static Path dir;
    static Database database;
    static ParleyServer server;
    static WebDriver browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            if ("true".equals(System.getenv("CI"))) {
                fail("chromium and chromedriver are needed for the browser test (.ci/run installs them with apt-get)");
            }
            Assumptions.abort("chromium or chromedriver is not installed: the browser test is skipped outside CI");
        }
        Path db = dir.resolve("ui.duckdb");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(log, true, StandardCharsets.UTF_8);
        Ingester.Summary samples = DemoCommand.ingestSamples(db, err);
        assertTrue(samples.stored() >= 6, log.toString(StandardCharsets.UTF_8));
        Path hostile = Path.of(WebUiBrowserTest.class.getResource("/ui/hostile-article.json").toURI());
        try (Database d = Database.open(db)) {
            Ingester.Summary one = new Ingester(Engine::parley, new EventStore(d, MergeSettings.defaults()), err,
                    false, false).run(List.of(hostile.toString()), new ArticleReader(null));
            assertEquals(1, one.stored(), log.toString(StandardCharsets.UTF_8));
            assertTrue(one.newEvents() > 0, "the hostile article must give events: " + log.toString(StandardCharsets.UTF_8));
        }
        database = Database.open(db);
        server = new ParleyServer(database.connection(), null, ApiToken.of(null)).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
        Files.createDirectories(SCREENSHOTS);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=1300,1000", "--lang=en-US",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium").toAbsolutePath());
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "en-US,en"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void theFirstPageShowsTheSampleEventsOnTheMapTimelineAndTable() throws Exception {
        open("/");
        assertTrue(number(browser.findElement(By.id("event-map")).getAttribute("data-clusters")) > 0, "clusters on the map");
        assertTrue(number(browser.findElement(By.id("timeline-chart")).getAttribute("data-periods")) > 0, "periods");
        assertFalse(browser.findElements(By.cssSelector("table.events tbody tr")).isEmpty(), "latest events");
        assertTrue(browser.findElements(By.cssSelector("#timeline-chart canvas")).size() > 0, "the chart is drawn");
        screenshot("overview");
    }

    @Test
    @Order(2)
    void aFilterChangesTheTableAndLivesInTheUrl() throws Exception {
        open("/events");
        int all = number(browser.findElement(By.id("results-count")).getAttribute("data-total"));
        int rows = browser.findElements(By.cssSelector("table.events tbody tr")).size();
        assertTrue(all > 0 && rows > 0 && rows <= all, all + " events, " + rows + " rows");
        new Select(browser.findElement(By.id("filter-lang"))).selectByValue("fr");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        waitReady();
        assertTrue(browser.getCurrentUrl().contains("lang=fr"), browser.getCurrentUrl());
        int french = number(browser.findElement(By.id("results-count")).getAttribute("data-total"));
        assertTrue(french > 0 && french < all, "French events: " + french + " of " + all);
        screenshot("events-filtered");
        // The shared URL gives the same view.
        open("/events?lang=fr");
        assertEquals(french, number(browser.findElement(By.id("results-count")).getAttribute("data-total")));
    }

    @Test
    @Order(3)
    void anEventOpensOnItsSentenceWithTheTriggerHighlighted() throws Exception {
        open("/events?q=recalls&cameo=161");
        browser.findElement(By.cssSelector("table.events tbody tr a")).click();
        waitReady();
        assertTrue(browser.getCurrentUrl().contains("/event/"), browser.getCurrentUrl());
        WebElement sentence = browser.findElement(By.cssSelector("blockquote.sentence"));
        WebElement trigger = sentence.findElement(By.cssSelector("mark.hl-trigger"));
        // the event opens on its first report: the headline's "recalls" or, merged with it, the body's "recalled"
        assertTrue(trigger.getText().toLowerCase(java.util.Locale.ROOT).startsWith("recall"), sentence.getText());
        assertFalse(sentence.findElements(By.cssSelector("mark.hl-source")).isEmpty(), sentence.getText());
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("161"), "code and name in the title");
        screenshot("event");

        browser.findElement(By.cssSelector("li.mention a[href^='/article/']")).click();
        waitReady();
        assertFalse(browser.findElements(By.cssSelector(".article-text mark.hl-span")).isEmpty(), "coded spans marked");
        screenshot("article");
    }

    @Test
    @Order(3)
    void theOldIdOfAMergedEventOpensTheEventItWentInto() throws Exception {
        String live;
        try (var s = database.connection().createStatement();
             var rs = s.executeQuery("SELECT min(event_id) FROM events")) {
            rs.next();
            live = rs.getString(1);
        }
        // what EventStore records when a later report leads an event: the old id and where its reports went
        try (var s = database.connection().prepareStatement("INSERT OR REPLACE INTO event_redirects VALUES"
                + " ('gone-1', ?, now())")) {
            s.setString(1, live);
            s.executeUpdate();
        }
        open("/event/gone-1");
        assertTrue(browser.getCurrentUrl().endsWith("/event/" + live), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.cssSelector("p.note")).getText().contains("gone-1"));
        assertFalse(browser.findElements(By.cssSelector("blockquote.sentence")).isEmpty(), "the event's reports");
    }

    @Test
    @Order(4)
    void theMapShowsItsPoints() throws Exception {
        open("/map");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("path.cluster")).isEmpty());
        int points = browser.findElements(By.cssSelector("#event-map path.cluster")).size();
        assertEquals(number(browser.findElement(By.id("event-map")).getAttribute("data-clusters")), points);
        assertTrue(browser.findElements(By.cssSelector("#event-map path.leaflet-interactive")).size() > 100,
                "country shapes drawn");
        assertFalse(browser.findElements(By.cssSelector(".cluster-list li a")).isEmpty(), "the places as links");
        screenshot("map");
    }

    @Test
    @Order(5)
    void theTimelineAndTheNetworkDraw() throws Exception {
        open("/timeline?interval=week");
        assertTrue(number(browser.findElement(By.id("timeline-chart")).getAttribute("data-periods")) > 1);
        screenshot("timeline");
        open("/network");
        assertTrue(number(browser.findElement(By.id("network-graph")).getAttribute("data-nodes")) > 2);
        screenshot("network");
        WebElement dyad = browser.findElement(By.cssSelector("table.figures tbody tr td.num a"));
        dyad.click();
        waitReady();
        assertTrue(browser.getCurrentUrl().contains("dyad="), browser.getCurrentUrl());
        assertTrue(number(browser.findElement(By.id("results-count")).getAttribute("data-total")) > 0);
    }

    @Test
    @Order(6)
    void theLanguageSwitches() throws Exception {
        open("/map");
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Map", browser.findElement(By.tagName("h1")).getText());
        browser.findElement(By.id("lang-switch")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "Carte".equals(d.findElement(By.tagName("h1")).getText()));
        waitReady();
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Événements", browser.findElement(By.cssSelector("nav a[data-page=events]")).getText());
        screenshot("map-fr");
        browser.findElement(By.id("lang-switch")).click(); // back to English for the other tests
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "Map".equals(d.findElement(By.tagName("h1")).getText()));
    }

    @Test
    @Order(7)
    void theHostileArticleRunsNothing() throws Exception {
        open("/article/" + HOSTILE);
        String title = browser.findElement(By.tagName("h1")).getText();
        assertTrue(title.contains("<script>alert(1)</script>"), "the title is shown as text: " + title);
        String text = browser.findElement(By.cssSelector(".article-text")).getText();
        assertTrue(text.contains("<img src=x onerror=alert(1)>"), text);
        assertTrue(text.contains("<script>alert(1)</script>"), text);
        assertNothingInjected();
        assertTrue(browser.findElement(By.cssSelector(".subtitle")).getText().contains("javascript:alert(1)"),
                "the URL is shown as text");
        screenshot("hostile-article");

        browser.findElement(By.cssSelector(".article-events a")).click();
        waitReady();
        String outlet = browser.findElement(By.cssSelector("li.mention")).getText();
        assertTrue(outlet.contains("<img src=x onerror=alert(1)>"), outlet);
        assertNothingInjected();
        screenshot("hostile-event");
    }

    /** No alert opened, no script or image element came from the article, no javascript: link exists. */
    private static void assertNothingInjected() {
        try {
            new WebDriverWait(browser, Duration.ofMillis(1500)).until(ExpectedConditions.alertIsPresent());
            fail("an alert opened: a payload ran");
        } catch (TimeoutException expected) {
            // no alert
        }
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertEquals(0L, js.executeScript("return document.querySelectorAll('main script, main img, main iframe').length"));
        assertEquals(0L, js.executeScript("return document.querySelectorAll('a[href^=\"javascript:\" i]').length"));
        assertEquals(0L, js.executeScript("return document.querySelectorAll('script:not([src])').length"),
                "inline scripts in the page");
    }

    private static void open(String path) {
        browser.get(base + path);
        waitReady();
    }

    /** Waits until the router has shown the page (its view says ready) and the page is not an error. */
    private static void waitReady() {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            List<WebElement> views = d.findElements(By.cssSelector("main .view[data-ready]"));
            return !views.isEmpty() && views.get(0).getAttribute("data-ready") != null;
        });
        String state = browser.findElement(By.cssSelector("main .view")).getAttribute("data-ready");
        assertNotEquals("error", state, () -> browser.findElement(By.tagName("main")).getText());
    }

    private static int number(String attribute) {
        assertTrue(attribute != null && attribute.matches("\\d+"), "a count, got " + attribute);
        return Integer.parseInt(attribute);
    }

    private static void screenshot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }
}
