package org.rapport.itests.ui;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** What the UI tests look for on the shell's pages: the ids and data attributes the shell sets. */
final class Shell {

    static final By HOME = By.id("home-dashboard");
    static final By MODULES_PAGE = By.id("modules-page");
    static final By SAMPLE_PAGE = By.id("sample-notes");
    static final By SAMPLE_MENU_ENTRY = menuEntry("sample/notes");
    static final By MODULES_MENU_ENTRY = menuEntry("admin/modules");
    static final By NOTIFICATIONS = By.cssSelector("vaadin-notification-card");

    private Shell() {
    }

    static final By LOGIN_PAGE = By.id("login-page");

    /** Signs the browser in as the node's admin through the login page, and waits for the home page. */
    static void signIn(Browser browser, RapportNode node) {
        signIn(browser, node, "admin", RapportNode.ADMIN_PASSWORD);
        await(browser, HOME);
    }

    static void signIn(Browser browser, RapportNode node, String username, String password) {
        browser.open(node.uri("/login"));
        await(browser, LOGIN_PAGE);
        WebElement user = await(browser, By.cssSelector("vaadin-login-form input[name='username']"));
        user.sendKeys(username);
        await(browser, By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password,
                org.openqa.selenium.Keys.ENTER);
    }

    static By menuEntry(String route) {
        return By.cssSelector("vaadin-side-nav-item[data-route='" + route + "']");
    }

    static By widget(String id) {
        return By.cssSelector("[data-widget='" + id + "']");
    }

    static WebElement await(Browser browser, By what) {
        return browser.waitFor(what.toString(), driver -> {
            List<WebElement> found = driver.findElements(what);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    static WebElement await(Browser browser, By what, Duration timeout) {
        return browser.waitFor(what.toString(), timeout, driver -> {
            List<WebElement> found = driver.findElements(what);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    /**
     * Clicks what matches, again if the page redrew it between finding and clicking (menus are rebuilt live). It is
     * scrolled to the middle first: inside a grid that scrolls on its own, Chrome's own scrolling can leave a button
     * at the grid's clipped edge, where the click lands on the page around it.
     */
    static void click(Browser browser, By what, Duration timeout) {
        browser.waitFor("a click on " + what, timeout, driver -> {
            try {
                List<WebElement> found = driver.findElements(what);
                if (found.isEmpty()) {
                    return null;
                }
                ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                        "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", found.get(0));
                found.get(0).click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                return null;
            }
        });
    }

    static void awaitGone(Browser browser, By what, Duration timeout) {
        browser.waitFor(what + " to disappear", timeout, driver -> driver.findElements(what).isEmpty() ? true : null);
    }

    /** The texts of the notifications on screen now. */
    static List<String> notices(Browser browser) {
        return browser.driver().findElements(NOTIFICATIONS).stream().map(WebElement::getText).toList();
    }

    static String htmlAttribute(Browser browser, String name) {
        return (String) browser.script("return document.documentElement.getAttribute(arguments[0])", name);
    }

    /**
     * Adds a note on the sample module's page, as its user does, and waits for it in the list; returns the note, the
     * given words and a random tail (so each test finds its own note on the shared node).
     */
    static String addSampleNote(Browser browser, RapportNode node, String words) {
        String note = words + " " + UUID.randomUUID().toString().substring(0, 8);
        browser.open(node.uri("/sample/notes"));
        await(browser, By.cssSelector("#sample-note-text input")).sendKeys(note, Keys.ENTER);
        await(browser, By.id("sample-note-add")).click();
        browser.waitFor("the note in the list", driver -> driver.findElement(By.id("sample-notes-grid")).getText()
                .contains(note) ? true : null);
        return note;
    }

    /**
     * Picks a calendar or digits from the header's language menu, on the home page (kept in a cookie), and waits for
     * the page the pick reloads. Without that wait the reload, answered a moment after the click, raced what the test
     * did next: an address opened right after a pick was replaced by the home page reloading (two navigations in the
     * browser's log, one page loaded: the home page's).
     */
    static void pickFromLanguageMenu(Browser browser, String submenu, String item) {
        await(browser, HOME);
        browser.script("window.rapportBeforePick = true");
        await(browser, By.cssSelector("#language-menu vaadin-menu-bar-button")).click();
        await(browser, By.cssSelector("vaadin-menu-bar-item[data-menu='" + submenu + "']")).click();
        await(browser, By.cssSelector(item)).click();
        browser.waitFor("the page reloaded after picking " + item, driver -> Boolean.TRUE.equals(browser.script(
                "return window.rapportBeforePick === undefined && document.readyState === 'complete'")) ? true : null);
        await(browser, HOME);
    }
}
