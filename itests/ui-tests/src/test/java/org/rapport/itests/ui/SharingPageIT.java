package org.rapport.itests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * An admin changes the org-wide default of the sample module's record type on Administration → Sharing; after a
 * reload the page shows what was saved. The page is also looked at in Persian, right to left. Then a role's field
 * rule is set in the grid of selects and found again after a reload.
 */
@RapportUiTest
class SharingPageIT {

    private static final By NOTE_DEFAULT = By.cssSelector("vaadin-select[data-default='sample.note']");

    @Test
    void anAdminChangesADefaultAndFindsItSavedAfterAReload(RapportNode node, @Language("en-US") Browser admin,
            @Language("fa") Browser persian) {
        Shell.signIn(admin, node);
        admin.open(node.uri("/admin/sharing"));
        Shell.await(admin, By.id("sharing-page"));
        WebElement select = Shell.await(admin, NOTE_DEFAULT);
        String before = select.getDomAttribute("data-value");
        String target = "PUBLIC_READ".equals(before) ? "PUBLIC_READ_WRITE" : "PUBLIC_READ";
        String label = "PUBLIC_READ".equals(target) ? "Public read" : "Public read/write";

        choose(admin, select, label);
        admin.waitFor("the change confirmed", driver -> Shell.notices(admin).stream()
                .anyMatch(text -> text.contains("Org-wide default of Sample note: " + label)) ? true : null);

        admin.open(node.uri("/admin/sharing"));
        Shell.await(admin, By.id("sharing-page"));
        WebElement reloaded = Shell.await(admin, NOTE_DEFAULT);
        assertEquals(target, reloaded.getDomAttribute("data-value"), "the saved default after a reload");
        admin.waitFor("the select showing " + label, driver -> label.equals(selectedLabel(admin, reloaded)) ? true : null);
        admin.screenshot("sharing-page");

        Shell.signIn(persian, node);
        persian.open(node.uri("/admin/sharing"));
        Shell.await(persian, By.id("sharing-page"));
        Shell.await(persian, NOTE_DEFAULT);
        assertEquals("rtl", Shell.htmlAttribute(persian, "dir"));
        persian.waitForText("اشتراک‌گذاری");
        assertTrue(persian.text().contains("پیش‌فرض‌های سراسری سازمان"), persian.text());
        persian.screenshot("sharing-page-fa");
    }

    @Test
    void anAdminHidesAFieldFromARole(RapportNode node, @Language("en-US") Browser admin, @Language("fa") Browser persian) {
        Shell.signIn(admin, node);
        String role = "clerk" + UUID.randomUUID().toString().substring(0, 6);
        admin.open(node.uri("/admin/roles"));
        Shell.await(admin, By.id("roles-page"));
        Shell.await(admin, By.id("role-new")).click();
        Shell.await(admin, By.cssSelector("#new-role-name input")).sendKeys(role);
        Shell.await(admin, By.id("new-role-save")).click();
        admin.waitFor("the new role listed", driver -> driver.findElement(By.id("roles-grid")).getText().contains(role)
                ? true : null);

        By textRule = By.cssSelector("vaadin-select[data-rule='sample.note/text']");
        admin.open(node.uri("/admin/sharing"));
        pickRole(admin, role);
        WebElement rule = Shell.await(admin, textRule);
        assertEquals("Editable", selectedLabel(admin, rule), "no rule yet: editable");
        choose(admin, rule, "Hidden");
        admin.waitFor("the rule confirmed", driver -> Shell.notices(admin).stream()
                .anyMatch(text -> text.contains("Note for " + role + ": Hidden")) ? true : null);

        admin.open(node.uri("/admin/sharing"));
        pickRole(admin, role);
        WebElement reloaded = Shell.await(admin, textRule);
        admin.waitFor("the saved rule after a reload", driver -> "Hidden".equals(selectedLabel(admin, reloaded))
                ? true : null);
        admin.screenshot("sharing-field-rules");

        Shell.signIn(persian, node);
        persian.open(node.uri("/admin/sharing"));
        pickRole(persian, role);
        WebElement persianRule = Shell.await(persian, textRule);
        persian.waitFor("the rule in Persian", driver -> "پنهان".equals(selectedLabel(persian, persianRule)) ? true
                : null);
        persian.screenshot("sharing-field-rules-fa");
    }

    static void pickRole(Browser browser, String role) {
        Shell.await(browser, By.id("sharing-page"));
        WebElement input = Shell.await(browser, By.cssSelector("#sharing-role input"));
        input.sendKeys(role);
        Shell.await(browser, By.cssSelector("vaadin-combo-box-item"));
        input.sendKeys(Keys.ENTER);
    }

    /** Opens the select and clicks the item with that label (Vaadin renders the items in an overlay). */
    static void choose(Browser browser, WebElement select, String label) {
        select.click();
        browser.waitFor("the item " + label, driver -> {
            // not the copies of selected items that other selects show as their value (ids "value-…")
            List<WebElement> items = driver.findElements(By.cssSelector("vaadin-select-item:not([id^='value-'])"));
            for (WebElement item : items) {
                if (item.isDisplayed() && label.equals(item.getText().strip())) {
                    item.click();
                    return true;
                }
            }
            return null;
        });
    }

    private static String selectedLabel(Browser browser, WebElement select) {
        Object text = browser.script("return arguments[0].querySelector('vaadin-select-value-button')?.textContent",
                select);
        return text == null ? null : text.toString().strip();
    }
}
