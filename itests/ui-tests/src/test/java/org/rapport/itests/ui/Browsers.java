package org.rapport.itests.ui;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The browsers of one test: starts more of them on demand (a test with two users has two), and closes them all when
 * the test ends. A test gets it as a parameter when the number or language of its browsers is decided at run time;
 * otherwise it just asks for {@link Browser} parameters.
 */
public final class Browsers implements ExtensionContext.Store.CloseableResource {

    /** The language of a browser that was not given one. */
    public static final String DEFAULT_LANGUAGE = "en-US";

    private final String testName;
    private final List<Browser> open = new ArrayList<>();

    Browsers(String testName) {
        this.testName = testName;
    }

    /** A new browser in {@link #DEFAULT_LANGUAGE}. */
    public Browser open() {
        return open(DEFAULT_LANGUAGE);
    }

    /** A new browser in {@code language} (a BCP 47 tag, e.g. {@code "fa"}). */
    public Browser open(String language) {
        Browser browser = Browser.launch((open.size() + 1) + "-" + language, language);
        open.add(browser);
        return browser;
    }

    /**
     * Saves a screenshot and the page source of every browser of the test, as
     * {@code <test>-<browser>-failure.png/.html}; what cannot be saved (a crashed browser) is reported, not thrown.
     */
    void saveFailureEvidence() {
        for (Browser browser : open) {
            String name = testName + "-" + browser.label() + "-failure";
            try {
                System.err.println("[ui] test failed; " + browser + " showed " + browser.driver().getCurrentUrl()
                        + ": " + browser.screenshot(name) + ", " + browser.savePageSource(name));
            } catch (RuntimeException e) {
                System.err.println("[ui] test failed; could not save what " + browser + " showed: " + e);
            }
        }
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        for (Browser browser : open) {
            try {
                browser.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        open.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
