package org.rapport.platform.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule for tests that drive a real browser: Debian's headless Chromium ({@code chromium}) and its WebDriver
 * ({@code chromium-driver}), which {@code ./rapport test} installs. Where they are missing the test is skipped with
 * a message saying how to install them; in CI ({@code CI=true}) that is a failure, as for {@link RequiredDatabase}.
 * Other paths can be given with the system properties {@code rapport.chromium} and {@code rapport.chromedriver}.
 */
public final class RequiredBrowser {

    /** The browser and driver executables a test may use. */
    public record Executables(Path chromium, Path chromedriver) {
    }

    private RequiredBrowser() {
    }

    /**
     * @return the executables, both present and executable
     * @throws AssertionError in CI when one is missing; elsewhere the calling test is aborted (skipped) instead
     */
    public static Executables executables() {
        Path chromium = Path.of(System.getProperty("rapport.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("rapport.chromedriver", "/usr/bin/chromedriver"));
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(chromium)) {
            missing.add(chromium + " (Debian package chromium)");
        }
        if (!Files.isExecutable(chromedriver)) {
            missing.add(chromedriver + " (Debian package chromium-driver)");
        }
        if (!missing.isEmpty()) {
            throw RequiredInCi.unavailable("the browser", "browser tests need " + String.join(" and ", missing)
                    + ". Run ./rapport test (it installs them) or 'apt-get install chromium chromium-driver'.", null);
        }
        return new Executables(chromium, chromedriver);
    }
}
