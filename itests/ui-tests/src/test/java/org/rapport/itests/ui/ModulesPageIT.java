package org.rapport.itests.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An admin disables a module on the Modules page while another user has its page open: that user lands on the home
 * page with a notice (pushed, no action of theirs); re-enabling brings the page back with the data.
 */
@RapportUiTest
class ModulesPageIT {

    static final Duration WITHIN = Duration.ofSeconds(3);
    static final By CONFIRM = By.cssSelector("vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button']");

    @Test
    void disablingAModuleMovesItsUsersHomeAndEnablingBringsTheirDataBack(RapportNode node,
            @Language("fa") Browser user, @Language("en-US") Browser admin) {
        Shell.signIn(user, node);
        Shell.signIn(admin, node);
        String note = Shell.addSampleNote(user, node, "یادداشت");

        admin.open(node.uri("/admin/modules"));
        Shell.await(admin, Shell.MODULES_PAGE);
        admin.screenshot("modules-en");
        Shell.click(admin, By.cssSelector("[data-action='disable-sample']"), WITHIN);
        Shell.click(admin, CONFIRM, WITHIN);

        Shell.await(user, Shell.HOME, WITHIN);
        user.waitFor("the withdrawn-page notice", WITHIN, driver -> Shell.notices(user).stream()
                .anyMatch(text -> text.contains("یادداشت‌های نمونه")) ? true : null);
        assertTrue(user.driver().findElements(Shell.SAMPLE_MENU_ENTRY).isEmpty(), "the menu still offers the page");
        user.screenshot("user-moved-home-fa");

        Shell.click(admin, By.cssSelector("[data-action='enable-sample']"), Duration.ofSeconds(30));
        Shell.click(admin, CONFIRM, WITHIN);
        Shell.click(user, Shell.SAMPLE_MENU_ENTRY, Duration.ofSeconds(30));
        user.waitFor("the note back after re-enabling", driver -> driver.findElement(By.id("sample-notes-grid"))
                .getText().contains(note) ? true : null);
    }

    @Test
    void theModulesPageInPersian(RapportNode node, @Language("fa") Browser browser) {
        Shell.signIn(browser, node);
        browser.open(node.uri("/admin/modules"));
        Shell.await(browser, Shell.MODULES_PAGE);
        Shell.await(browser, By.cssSelector("[data-module='sample']"));
        assertTrue(browser.text().contains("ماژول‌ها"));
        browser.screenshot("modules-fa");
    }
}
