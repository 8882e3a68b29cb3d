package org.rapport.itests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Giving a person to another sales rep: the form's owner picker finds the rep by part of their name (in Persian by
 * the other spelling of yeh), and the person's page and History then show the owner by name, not by id.
 */
@RapportUiTest
class ContactsOwnerIT {

    @Test
    void aPersonIsGivenToAnotherRepFoundByName(RapportNode node, @Language("en-US") Browser en) throws Exception {
        String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        String rep = "Sara Whitfield" + suffix;
        long person = seed(node, "sara" + suffix, rep, "Owen", "Transfer" + suffix);

        Shell.signIn(en, node);
        en.open(node.uri("/contacts/persons/" + person));
        WebElement owner = Shell.await(en, By.cssSelector("[data-field='owner']"));
        assertEquals("You", owner.getText(), "the admin owns what they created");

        reassign(en, node, person, "whitf", rep, "contacts-owner-picker-en");
        press(en, "contact-save");
        en.waitFor("the new owner by name on the person's page", driver -> driver.getCurrentUrl()
                .endsWith("/contacts/persons/" + person) && driver.findElement(By.cssSelector("[data-field='owner']"))
                        .getText().equals(rep) ? true : null);
        en.screenshot("contacts-owner-detail-en");
        press(en, "contact-tab-history");
        WebElement history = Shell.await(en, By.id("contact-history-grid"));
        en.waitFor("the change of owner by name in the History", driver -> history.getText()
                .contains("You → " + rep) ? true : null);
    }

    @Test
    void aPersonIsGivenToAnotherRepInPersian(RapportNode node, @Language("fa") Browser fa) throws Exception {
        String suffix = ContactsPagesIT.persianWord(6);
        // Arabic yeh (U+064A) stored; the search below types the Persian yeh (U+06CC)
        String rep = "سارا رحيمي" + suffix;
        long person = seed(node, "rahimi" + ThreadLocalRandom.current().nextInt(1_000_000), rep, "مریم",
                "انتقال" + suffix);

        Shell.signIn(fa, node);
        reassign(fa, node, person, "رحیم", rep, "contacts-owner-picker-fa");
        press(fa, "contact-save");
        fa.waitFor("the new owner by name on the person's page", driver -> driver.getCurrentUrl()
                .endsWith("/contacts/persons/" + person) && driver.findElement(By.cssSelector("[data-field='owner']"))
                        .getText().equals(rep) ? true : null);
        assertEquals("rtl", Shell.htmlAttribute(fa, "dir"));
        fa.screenshot("contacts-owner-detail-fa");
        press(fa, "contact-tab-history");
        WebElement history = Shell.await(fa, By.id("contact-history-grid"));
        fa.waitFor("the change of owner by name in the History", driver -> history.getText()
                .contains("شما ← " + rep) ? true : null);
    }

    /** A rep who owns nothing yet, and a person the admin owns; returns the person's id. */
    private static long seed(RapportNode node, String username, String displayName, String firstName,
            String lastName) throws Exception {
        AdminApi api = new AdminApi(node);
        api.send("POST", "/api/identity/users", "{\"username\":\"" + username + "\",\"displayName\":\"" + displayName
                + "\",\"password\":\"a long enough rep password\",\"roles\":[]}");
        return AdminApi.id(api.send("POST", "/api/contacts/persons",
                "{\"firstName\":\"" + firstName + "\",\"lastName\":\"" + lastName + "\"}"));
    }

    /**
     * Opens the person's form and picks the rep in the owner picker by typing part of their name; the screenshot
     * shows the picker open on what it found.
     */
    private static void reassign(Browser browser, RapportNode node, long person, String typed, String rep,
            String screenshot) {
        browser.open(node.uri("/contacts/persons/" + person + "/edit"));
        WebElement picker = Shell.await(browser, By.cssSelector("#contact-field-owner input"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", picker);
        picker.click();
        picker.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                org.openqa.selenium.Keys.BACK_SPACE);
        picker.sendKeys(typed);
        By found = By.xpath("//vaadin-combo-box-item[normalize-space(.)='" + rep + "']");
        WebElement combo = Shell.await(browser, By.id("contact-field-owner"));
        // Selenium's isDisplayed misjudges items slotted into the overlay: ask the page what is laid out
        browser.waitFor("the rep found and shown", driver -> Boolean.TRUE.equals(browser.script(
                "return !arguments[0].loading && Array.from(document.querySelectorAll('vaadin-combo-box-item'))"
                        + ".some(item => !item.hidden && item.textContent.trim() === arguments[1]"
                        + " && item.getBoundingClientRect().height > 0)", combo, rep)) ? true : null);
        browser.screenshot(screenshot);
        Shell.click(browser, found, Browser.DEFAULT_WAIT);
        browser.waitFor("the rep picked", driver -> rep.equals(browser.script("return arguments[0].value", picker))
                ? true : null);
    }

    private static void press(Browser browser, String id) {
        WebElement button = Shell.await(browser, By.id(id));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }
}
