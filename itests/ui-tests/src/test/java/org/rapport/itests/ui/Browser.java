package org.rapport.itests.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rapport.itests.launcher.Distribution;
import org.rapport.platform.testing.RequiredBrowser;

/**
 * One headless Chromium, as one user sees Rapport: Debian's {@code chromium} driven through Debian's
 * {@code chromedriver} (both paths are given, so Selenium Manager never looks for, or downloads, either), with a
 * fresh profile of its own and the language it was asked for. Several can run at once (one per user of a test);
 * each has its own driver process and profile. Usually obtained as a test parameter from {@link BrowserExtension},
 * which also saves a screenshot and the page source when the test fails, and closes it.
 */
public final class Browser implements AutoCloseable {

    /** Where {@link #screenshot} and the failure evidence go: {@code target/screenshots}. */
    public static final Path SCREENSHOTS = Path.of(System.getProperty("ui.screenshots", "target/screenshots"));
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(15);

    /** The flags that make Chromium run headless and quiet in a container, as root, with nothing in the background. */
    static final List<String> FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--window-size=1366,900");

    private static final AtomicInteger LAUNCHED = new AtomicInteger();

    private final String label;
    private final String language;
    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private boolean closed;

    private Browser(String label, String language, Path profile, ChromeDriverService service, ChromeDriver driver) {
        this.label = label;
        this.language = language;
        this.profile = profile;
        this.service = service;
        this.driver = driver;
    }

    /**
     * Starts a browser. Skips the calling test (fails it in CI) when chromium or chromedriver is missing.
     *
     * @param label names this browser in file names and messages, e.g. {@code "alice"}
     * @param language the browser's language as a BCP 47 tag, e.g. {@code "fa"} or {@code "en-US"}: the UI
     *        language ({@code --lang}, {@code navigator.language}) and the {@code Accept-Language} it sends
     */
    public static Browser launch(String label, String language) {
        RequiredBrowser.Executables executables = RequiredBrowser.executables();
        Path profile;
        try {
            profile = Files.createTempDirectory("rapport-ui-" + label + "-");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executables.chromium().toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile, "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        Path log = SCREENSHOTS.resolve("chromedriver-" + LAUNCHED.incrementAndGet() + "-" + fileName(label) + ".log");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(executables.chromedriver().toFile())
                .usingAnyFreePort()
                .withLogLevel(ChromiumDriverLogLevel.WARNING)
                .withLogFile(log.toFile())
                .build();
        try {
            return new Browser(label, language, profile, service, new ChromeDriver(service, options));
        } catch (RuntimeException e) {
            service.stop();
            deleteQuietly(profile);
            throw new IllegalStateException("Chromium (" + executables.chromium() + ") did not start through "
                    + executables.chromedriver() + " for browser '" + label + "'; see " + log + ": " + e.getMessage(), e);
        }
    }

    public String label() {
        return label;
    }

    public String language() {
        return language;
    }

    /** The Selenium driver, for anything this class does not wrap. */
    public WebDriver driver() {
        return driver;
    }

    public Browser open(URI uri) {
        driver.get(uri.toString());
        return this;
    }

    /** The visible text of the page ({@code document.body.innerText}). */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    /** Runs JavaScript in the page; {@code return …} gives its value back (strings, numbers, lists, maps, elements). */
    public Object script(String javaScript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javaScript, arguments);
    }

    /** {@link #waitFor(String, Duration, Function)} with {@link #DEFAULT_WAIT}. */
    public <T> T waitFor(String what, Function<WebDriver, T> condition) {
        return waitFor(what, DEFAULT_WAIT, condition);
    }

    /**
     * Polls {@code condition} until it returns a value that is neither null nor {@code false} (exceptions count as
     * "not yet"), and returns that value.
     *
     * @throws AssertionError naming {@code what}, this browser and its current address, on timeout
     */
    public <T> T waitFor(String what, Duration timeout, Function<WebDriver, T> condition) {
        WebDriverWait wait = new WebDriverWait(driver, timeout, Duration.ofMillis(100));
        wait.ignoring(RuntimeException.class);
        try {
            return wait.until(condition::apply);
        } catch (TimeoutException e) {
            throw new AssertionError("Browser '" + label + "' waited " + timeout.toSeconds() + " s in vain for "
                    + what + " (at " + driver.getCurrentUrl() + ")", e);
        }
    }

    /** Waits until the page's visible text contains {@code text}; returns the whole text. */
    public String waitForText(String text) {
        return waitFor("the text '" + text + "'", driver -> {
            String shown = text();
            return shown.contains(text) ? shown : null;
        });
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}; returns the file. */
    public Path screenshot(String name) {
        Path file = SCREENSHOTS.resolve(fileName(name) + ".png");
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Saves the current DOM as {@code target/screenshots/<name>.html}; returns the file. */
    public Path savePageSource(String name) {
        Path file = SCREENSHOTS.resolve(fileName(name) + ".html");
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.writeString(file, pageSource(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static String fileName(String name) {
        return name.replaceAll("[^\\p{L}\\p{N}._-]+", "_");
    }

    /** Quits the browser and its driver and deletes its profile; safe to call twice. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path directory) {
        try {
            Distribution.deleteRecursively(directory);
        } catch (IOException e) {
            System.err.println("[ui] could not delete the browser profile " + directory + ": " + e);
        }
    }

    @Override
    public String toString() {
        return "browser '" + label + "' (" + language + ")";
    }
}
