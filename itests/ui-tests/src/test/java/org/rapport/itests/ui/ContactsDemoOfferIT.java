package org.rapport.itests.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A first-time user whose people list is empty is offered sample people: one click starts the import, its progress
 * shows on the import page, and the list then holds the sample people.
 */
@RapportUiTest
class ContactsDemoOfferIT {

    @Test
    void anEmptyPeopleListOffersSamplePeopleAndLoadsThem(RapportNode node, @Language("en-US") Browser browser)
            throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String role = "starter" + suffix;
        AdminApi api = new AdminApi(node);
        api.send("POST", "/api/identity/roles", "{\"name\":\"" + role + "\",\"title\":\"New user\"}");
        for (String permission : new String[] {"contacts.person.read", "contacts.person.write",
                "contacts.person.import", "contacts.organization.read", "contacts.organization.write"}) {
            api.send("PUT", "/api/identity/roles/" + role + "/permissions/" + permission, "");
        }
        String username = "starter" + suffix;
        String password = "a long enough starter password " + suffix;
        api.send("POST", "/api/identity/users", "{\"username\":\"" + username + "\",\"displayName\":\"Starter "
                + suffix + "\",\"password\":\"" + password + "\",\"roles\":[\"" + role + "\"]}");

        Shell.signIn(browser, node, username, password);
        Shell.await(browser, Shell.HOME);
        browser.open(node.uri("/contacts/persons"));
        Shell.await(browser, By.id("contacts-empty"));
        Shell.click(browser, By.id("contacts-demo"), Duration.ofSeconds(15));
        browser.waitFor("the import page following the sample job", Duration.ofSeconds(90),
                driver -> driver.getCurrentUrl().contains("contacts/import") && browser.text().contains("200 of 200")
                        ? true : null);
        browser.screenshot("contacts-demo-offer-done-en");

        browser.open(node.uri("/contacts/persons"));
        browser.waitFor("the sample people in the list", driver -> driver.findElement(By.id("contacts-total"))
                .getText().equals("200 people") ? true : null);
        assertTrue(browser.text().contains("@example."), "the sample people's emails listed: " + browser.text());
        browser.screenshot("contacts-demo-offer-list-en");
    }
}
