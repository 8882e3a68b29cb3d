package org.rapport.itests.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A custom field defined at runtime is in the field rules of Administration → Sharing at once, under the label the
 * admin gave it; hidden there for a role, a user of that role no longer sees it on their person's page, while
 * the admin still does.
 */
@RapportUiTest
class ContactsCustomFieldRulesIT {

    @Test
    void anAdminHidesACustomFieldFromARoleOnTheSharingPage(RapportNode node, @Language("en-US") Browser admin,
            @Language("en-US") Browser rep) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String role = "fieldrep" + suffix;
        String key = "salary" + suffix;
        String label = "Salary " + suffix;
        AdminApi api = new AdminApi(node);
        api.send("POST", "/api/identity/roles", "{\"name\":\"" + role + "\",\"title\":\"Field rep\"}");
        api.send("PUT", "/api/identity/roles/" + role + "/permissions/contacts.person.read", "");
        String password = "a long enough rep password " + suffix;
        long repId = AdminApi.id(api.send("POST", "/api/identity/users", "{\"username\":\"" + role
                + "\",\"displayName\":\"Rep " + suffix + "\",\"password\":\"" + password + "\",\"roles\":[\"" + role
                + "\"]}"));
        api.send("POST", "/api/contacts/custom-fields", "{\"entity\":\"person\",\"key\":\"" + key + "\",\"label\":\""
                + label + "\",\"type\":\"TEXT\"}");
        try {
            long person = AdminApi.id(api.send("POST", "/api/contacts/persons", "{\"firstName\":\"Rule\",\"lastName\":"
                    + "\"Field" + suffix + "\",\"owner\":{\"userId\":" + repId + "},\"custom\":{\"" + key
                    + "\":\"42000\"}}"));
            By field = By.cssSelector("[data-field='custom." + key + "']");

            Shell.signIn(rep, node, role, password);
            Shell.await(rep, Shell.HOME);
            rep.open(node.uri("/contacts/persons/" + person));
            rep.waitFor("the custom value before the rule", driver -> Shell.await(rep, field).getText()
                    .contains("42000") ? true : null);

            Shell.signIn(admin, node);
            admin.open(node.uri("/admin/sharing"));
            SharingPageIT.pickRole(admin, role);
            WebElement rule = Shell.await(admin, By.cssSelector("vaadin-select[data-rule='contacts.person/custom." + key
                    + "']"));
            admin.script("arguments[0].scrollIntoView({block: 'center'})", rule);
            WebElement rules = Shell.await(admin, By.cssSelector("vaadin-grid[data-field-rules='contacts.person']"));
            admin.waitFor("the field under the admin's label", driver -> rules.getText().contains(label)
                    && rules.getText().contains("custom." + key) ? true : null);
            SharingPageIT.choose(admin, rule, "Hidden");
            admin.waitFor("the rule confirmed", driver -> Shell.notices(admin).stream()
                    .anyMatch(text -> text.contains(label + " for " + role + ": Hidden")) ? true : null);
            admin.screenshot("sharing-custom-field-rule");

            rep.open(node.uri("/contacts/persons/" + person));
            rep.waitFor("the person's page", driver -> driver.findElement(By.id("contact-name")).getText()
                    .contains("Field" + suffix) ? true : null);
            assertTrue(rep.driver().findElements(field).isEmpty(), "the hidden custom field is still shown");
            assertTrue(!rep.text().contains("42000"), "the hidden value leaked");
            rep.screenshot("contacts-custom-field-hidden");

            admin.open(node.uri("/contacts/persons/" + person));
            admin.waitFor("the admin still sees it", driver -> Shell.await(admin, field).getText().contains("42000")
                    ? true : null);
        } finally {
            api.send("DELETE", "/api/contacts/custom-fields/person/" + key, "");
        }
    }
}
