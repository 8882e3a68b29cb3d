package org.rapport.itests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The shell renders as a product: navigation from the contributions, the home cards, the header; in en and fa. */
@RapportUiTest
class ShellIT {

    @Test
    void homeShowsTheNavigationAndTheContributedCards(RapportNode node, @Language("en-US") Browser browser) {
        Shell.signIn(browser, node);
        browser.open(node.uri("/"));
        Shell.await(browser, Shell.HOME);
        Shell.await(browser, Shell.widget("sample.notes"));

        assertEquals("ltr", Shell.htmlAttribute(browser, "dir"));
        assertEquals("en", Shell.htmlAttribute(browser, "lang"));
        assertTrue(Shell.await(browser, Shell.MODULES_MENU_ENTRY).getText().contains("Modules"));
        assertTrue(Shell.await(browser, Shell.SAMPLE_MENU_ENTRY).getText().contains("Sample notes"));
        assertTrue(Shell.await(browser, Shell.widget("platform.modules")).getText().contains("active"));
        assertTrue(browser.driver().findElement(By.id("global-search")).isDisplayed());
        assertEquals("Home", browser.driver().findElement(By.id("shell-page-title")).getText());
        browser.screenshot("shell-home-en");
    }

    @Test
    void persianBrowserGetsAMirroredPersianPage(RapportNode node, @Language("fa") Browser browser) {
        Shell.signIn(browser, node);
        browser.open(node.uri("/"));
        Shell.await(browser, Shell.HOME);
        Shell.await(browser, Shell.widget("sample.notes"));

        assertEquals("rtl", Shell.htmlAttribute(browser, "dir"));
        assertEquals("fa", Shell.htmlAttribute(browser, "lang"));
        assertEquals("خانه", browser.driver().findElement(By.id("shell-page-title")).getText());
        assertTrue(Shell.await(browser, Shell.MODULES_MENU_ENTRY).getText().contains("ماژول‌ها"));
        // The drawer is on the right in a mirrored layout.
        Number drawerLeft = (Number) browser.script(
                "return document.querySelector('#shell-navigation').getBoundingClientRect().left");
        assertTrue(drawerLeft.doubleValue() > 500, "the drawer should be on the right, it starts at x=" + drawerLeft);
        browser.screenshot("shell-home-fa");
    }

    @Test
    void theLanguageMenuSwitchesAndTheChoiceSticks(RapportNode node, @Language("en-US") Browser browser) {
        Shell.signIn(browser, node);
        browser.open(node.uri("/"));
        Shell.await(browser, Shell.HOME);
        Shell.await(browser, By.cssSelector("#language-menu vaadin-menu-bar-button")).click();
        Shell.await(browser, By.cssSelector("vaadin-menu-bar-item[data-language='ar']")).click();

        browser.waitFor("the page in Arabic", driver -> "ar".equals(Shell.htmlAttribute(browser, "lang")) ? true : null);
        Shell.await(browser, Shell.HOME);
        assertEquals("rtl", Shell.htmlAttribute(browser, "dir"));
        assertEquals("الرئيسية", browser.driver().findElement(By.id("shell-page-title")).getText());

        browser.open(node.uri("/admin/modules"));
        Shell.await(browser, Shell.MODULES_PAGE);
        assertEquals("ar", Shell.htmlAttribute(browser, "lang"), "the chosen language must survive a new page load");
    }

    @Test
    void aUserPicksTheHijriCalendarAndLatinDigits(RapportNode node, @Language("fa") Browser browser) {
        Shell.signIn(browser, node);
        browser.open(node.uri("/"));
        String persian = Shell.await(browser, By.id("home-today")).getText();
        assertTrue(persian.chars().anyMatch(c -> c >= '۰' && c <= '۹'), "Persian digits expected: " + persian);

        Shell.pickFromLanguageMenu(browser, "calendar", "vaadin-menu-bar-item[data-calendar='islamic-umalqura']");
        // Same day, another calendar: the Hijri date has other month names and another year.
        browser.waitFor("a Hijri date instead of " + persian,
                driver -> !Shell.await(browser, By.id("home-today")).getText().equals(persian) ? true : null);

        Shell.pickFromLanguageMenu(browser, "digits", "vaadin-menu-bar-item[data-digits='latn']");
        browser.waitFor("Latin digits", driver -> Shell.await(browser, By.id("home-today")).getText().chars()
                .anyMatch(c -> c >= '0' && c <= '9') ? true : null);
        assertEquals("rtl", Shell.htmlAttribute(browser, "dir"));
    }

    @Test
    void theApiPageListsTheOperationsServedNow(RapportNode node, @Language("en-US") Browser browser) {
        Shell.signIn(browser, node);
        browser.open(node.uri("/admin/api"));
        Shell.await(browser, By.id("api-docs"));
        Shell.await(browser, By.cssSelector("vaadin-details[data-operation='get /api/sample/notes']"));
        Shell.await(browser, By.cssSelector("vaadin-details[data-operation='get /api/health']"));
        browser.screenshot("api-en");
    }

    @Test
    void anonymousVisitorsSignInFirstAndLandWhereTheyWereGoing(RapportNode node, @Language("en-US") Browser browser) {
        browser.open(node.uri("/admin/modules"));
        Shell.await(browser, Shell.LOGIN_PAGE);
        Shell.signIn(browser, node, "admin", "not the password");
        browser.waitFor("the error message", driver -> browser.text().contains("Wrong username or password") ? true : null);
        browser.screenshot("login-failed-en");

        String anonymousSession = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        Shell.signIn(browser, node, "admin", RapportNode.ADMIN_PASSWORD);
        Shell.await(browser, Shell.MODULES_PAGE);
        org.openqa.selenium.Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertTrue(session.isHttpOnly(), "the session cookie must be HttpOnly");
        assertEquals("Lax", session.getSameSite(), "the session cookie must not travel with cross-site requests");
        assertTrue(!session.getValue().equals(anonymousSession), "signing in must start a new session id");
        assertTrue(!((String) browser.script("return document.cookie")).contains("JSESSIONID"),
                "scripts must not see the session id");

        Shell.await(browser, By.cssSelector("#user-menu vaadin-menu-bar-button")).click();
        Shell.await(browser, By.cssSelector("vaadin-menu-bar-item[data-action='sign-out']")).click();
        Shell.await(browser, Shell.LOGIN_PAGE);
        browser.open(node.uri("/admin/modules"));
        Shell.await(browser, Shell.LOGIN_PAGE);
    }

    @Test
    void theLoginPageSpeaksPersianRightToLeft(RapportNode node, @Language("fa") Browser browser) {
        browser.open(node.uri("/login"));
        Shell.await(browser, Shell.LOGIN_PAGE);
        assertEquals("rtl", Shell.htmlAttribute(browser, "dir"));
        browser.waitFor("the Persian form", driver -> browser.text().contains("گذرواژه") ? true : null);
        browser.screenshot("login-fa");
    }

    @Test
    void anAddressWithoutAPageLeadsHomeWithANotice(RapportNode node, @Language("en-US") Browser browser) {
        Shell.signIn(browser, node);
        browser.open(node.uri("/no/such/page"));
        Shell.await(browser, Shell.HOME);
        browser.waitFor("a notice about the missing page", driver -> Shell.notices(browser).stream()
                .anyMatch(text -> text.contains("/no/such/page")) ? true : null);
    }
}
