package org.rapport.itests.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An admin creates a user without roles on Administration → Users; that user can sign in but sees none of the
 * pages that need a permission, and typing their address leads home with a notice instead.
 */
@RapportUiTest
class UsersPageIT {

    @Test
    void aUserWithoutRolesSeesOnlyWhatNeedsNoPermission(RapportNode node, @Language("en-US") Browser admin,
            @Language("en-US") Browser newcomer) {
        String username = "user" + UUID.randomUUID().toString().substring(0, 6);
        String password = "a sentence long enough " + UUID.randomUUID();
        Shell.signIn(admin, node);
        admin.open(node.uri("/admin/users"));
        Shell.await(admin, By.id("users-page"));
        Shell.await(admin, By.id("user-new")).click();
        Shell.await(admin, By.cssSelector("#new-user-username input")).sendKeys(username);
        Shell.await(admin, By.cssSelector("#new-user-display-name input")).sendKeys("New Colleague");
        Shell.await(admin, By.cssSelector("#new-user-password input")).sendKeys("short");
        Shell.await(admin, By.id("new-user-save")).click();
        admin.waitFor("the password refused on its field", driver -> admin.text().contains("at least 12") ? true : null);
        Shell.await(admin, By.cssSelector("#new-user-password input")).clear();
        Shell.await(admin, By.cssSelector("#new-user-password input")).sendKeys(password);
        Shell.await(admin, By.id("new-user-save")).click();
        admin.waitFor("the new user in the list", driver -> driver.findElement(By.id("users-grid")).getText()
                .contains(username) ? true : null);
        admin.screenshot("users-en");

        Shell.signIn(newcomer, node, username, password);
        Shell.await(newcomer, Shell.HOME);
        assertTrue(newcomer.driver().findElements(Shell.MODULES_MENU_ENTRY).isEmpty(), "Modules offered without permission");
        assertTrue(newcomer.driver().findElements(Shell.SAMPLE_MENU_ENTRY).isEmpty(), "Sample notes offered without permission");
        newcomer.open(node.uri("/admin/modules"));
        Shell.await(newcomer, Shell.HOME);
        newcomer.waitFor("the no-access notice", driver -> Shell.notices(newcomer).stream()
                .anyMatch(text -> text.contains("You do not have access")) ? true : null);
    }
}
