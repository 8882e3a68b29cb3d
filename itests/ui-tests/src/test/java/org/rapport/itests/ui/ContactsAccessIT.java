package org.rapport.itests.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A sales rep whose role may read and write people, with notes hidden and the lead source read-only: they see only
 * their own people (people are private by default), someone else's person is "not found" exactly like a missing one,
 * the form leaves notes out and shows the lead source disabled, their person's page has no notes, no history (no
 * audit permission) and no delete, and changing their person works with those rules in place.
 */
@RapportUiTest
class ContactsAccessIT {

    @Test
    void aRepSeesOnlyTheirPeopleAndTheFieldsTheirRoleAllows(RapportNode node, @Language("en-US") Browser admin,
            @Language("en-US") Browser rep) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String role = "rep" + suffix;
        Shell.signIn(admin, node);
        admin.open(node.uri("/admin/roles"));
        Shell.await(admin, By.id("role-new")).click();
        Shell.await(admin, By.cssSelector("#new-role-name input")).sendKeys(role);
        Shell.await(admin, By.cssSelector("#new-role-title input")).sendKeys("Sales rep");
        Shell.await(admin, By.id("new-role-save")).click();
        admin.waitFor("the new role listed", driver -> driver.findElement(By.id("roles-grid")).getText().contains(role)
                ? true : null);
        for (String permission : new String[] {"contacts.person.read", "contacts.person.write"}) {
            Shell.click(admin, By.cssSelector("vaadin-checkbox[data-permission='" + permission + "']"),
                    Duration.ofSeconds(15));
            admin.waitFor(permission + " granted", driver -> Shell.notices(admin).stream()
                    .anyMatch(text -> text.contains(permission + " granted to " + role)) ? true : null);
        }
        AdminApi api = new AdminApi(node);
        String username = "rep" + suffix;
        String password = "a long enough rep password " + suffix;
        api.send("POST", "/api/identity/users", "{\"username\":\"" + username + "\",\"displayName\":\"Rep " + suffix
                + "\",\"password\":\"" + password + "\",\"roles\":[\"" + role + "\"]}");
        api.send("PUT", "/api/identity/roles/" + role + "/field-rules/contacts.person",
                "{\"notes\":\"HIDDEN\",\"leadSource\":\"READ_ONLY\"}");
        long adminsPerson = AdminApi.id(api.send("POST", "/api/contacts/persons",
                "{\"firstName\":\"Private\",\"lastName\":\"Admincontact\",\"notes\":\"not for reps\"}"));

        Shell.signIn(rep, node, username, password);
        Shell.await(rep, Shell.HOME);
        rep.open(node.uri("/contacts/persons"));
        WebElement empty = Shell.await(rep, By.id("contacts-empty"));
        rep.waitFor("the friendly empty list", driver -> empty.getText().contains("No people yet") ? true : null);
        rep.open(node.uri("/contacts/persons/" + adminsPerson));
        assertNotNull(Shell.await(rep, By.id("contact-not-found")));
        assertTrue(!rep.text().contains("Admincontact"), "the hidden person's name leaked");

        rep.open(node.uri("/contacts/persons/new"));
        Shell.await(rep, By.id("contact-form"));
        assertTrue(rep.driver().findElements(By.id("contact-field-notes")).isEmpty(), "hidden notes on the form");
        assertNotNull(Shell.await(rep, By.id("contact-field-leadSource")).getAttribute("disabled"),
                "the read-only lead source is editable");
        Shell.await(rep, By.cssSelector("#contact-field-firstName input")).sendKeys("Tuya");
        Shell.await(rep, By.cssSelector("#contact-field-lastName input")).sendKeys("Bold" + suffix);
        press(rep, "contact-save");
        rep.waitFor("the rep's new person", driver -> driver.findElement(By.id("contact-name")).getText()
                .contains("Bold" + suffix) ? true : null);
        assertTrue(rep.driver().findElements(By.cssSelector("[data-field='notes']")).isEmpty(), "hidden notes shown");
        assertTrue(rep.driver().findElements(By.id("contact-tab-history")).isEmpty(),
                "history offered without the audit permission");
        assertTrue(rep.driver().findElements(By.id("contact-delete")).isEmpty(), "delete offered without permission");

        press(rep, "contact-edit");
        Shell.await(rep, By.id("contact-form"));
        Shell.await(rep, By.cssSelector("#contact-field-phones-0 input")).sendKeys("+97688112233");
        press(rep, "contact-save");
        rep.waitFor("the change saved with the field rules in place", driver -> driver
                .findElement(By.cssSelector("[data-field='phones']")).getText().contains("+97688112233") ? true : null);
        rep.open(node.uri("/contacts/persons"));
        rep.waitFor("only the rep's own person counted", driver -> driver.findElement(By.id("contacts-total"))
                .getText().equals("1 person") ? true : null);
    }

    private static void press(Browser browser, String id) {
        WebElement button = Shell.await(browser, By.id(id));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }
}
