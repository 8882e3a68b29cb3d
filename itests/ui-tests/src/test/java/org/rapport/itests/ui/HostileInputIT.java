package org.rapport.itests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Script and SQL payloads typed into a field come back inert: stored as the text they are, shown escaped in the
 * list, the global search and the audit log, and no script of theirs runs.
 */
@RapportUiTest
class HostileInputIT {

    @Test
    void scriptAndSqlPayloadsStayText(RapportNode node, @Language("en-US") Browser browser) {
        Shell.signIn(browser, node);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String payload = "<img src=x onerror=\"window.__rapportXss='" + marker + "'\"><script>window.__rapportXss='"
                + marker + "'</script>'; DROP TABLE sample_note; -- " + marker;
        browser.open(node.uri("/sample/notes"));
        Shell.await(browser, By.cssSelector("#sample-note-text input")).sendKeys(payload, Keys.ENTER);
        Shell.await(browser, By.id("sample-note-add")).click();
        browser.waitFor("the payload listed as text", driver -> driver.findElement(By.id("sample-notes-grid"))
                .getText().contains("DROP TABLE sample_note; -- " + marker) ? true : null);
        assertNull(browser.script("return window.__rapportXss"), "a script from the note ran in the list");

        Shell.await(browser, By.cssSelector("#global-search input")).sendKeys(marker);
        browser.waitFor("the payload as a search hit", driver -> driver.findElements(By.cssSelector(".search-hit"))
                .stream().anyMatch(hit -> hit.getText().contains("<script>")) ? true : null);
        assertNull(browser.script("return window.__rapportXss"), "a script from the note ran in the search results");

        browser.open(node.uri("/admin/audit?entity=SampleNote"));
        browser.waitFor("the payload in the audit log", driver -> driver.findElement(By.id("audit-grid")).getText()
                .contains("<img src=x") ? true : null);
        assertNull(browser.script("return window.__rapportXss"), "a script from the note ran in the audit log");
        assertEquals(0L, browser.script("return document.querySelectorAll('img[src=\"x\"]').length"),
                "the payload became markup");
    }

    @Test
    void contactFieldsKeepScriptAndSqlAsText(RapportNode node, @Language("en-US") Browser browser) throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String payload = "<img src=x onerror=\"window.__rapportXss='" + marker + "'\"><script>window.__rapportXss='"
                + marker + "'</script>'; DROP TABLE contacts_person; -- " + marker;
        String json = payload.replace("\\", "\\\\").replace("\"", "\\\"");
        long id = AdminApi.id(new AdminApi(node).send("POST", "/api/contacts/persons", "{\"firstName\":\"" + json
                + "\",\"lastName\":\"Hostile" + marker + "\",\"notes\":\"" + json + "\"}"));

        Shell.signIn(browser, node);
        browser.open(node.uri("/contacts/persons/" + id));
        browser.waitFor("the payload shown as text on the person's page", driver -> driver.findElement(
                By.tagName("body")).getText().contains("DROP TABLE contacts_person; -- " + marker) ? true : null);
        assertNull(browser.script("return window.__rapportXss"), "a script from the person ran on their page");

        Shell.await(browser, By.cssSelector("#global-search input")).sendKeys("hostile" + marker);
        browser.waitFor("the person as a search hit", driver -> driver.findElements(By.cssSelector(".search-hit"))
                .stream().anyMatch(hit -> hit.getText().contains("<script>")) ? true : null);
        assertNull(browser.script("return window.__rapportXss"), "a script from the person ran in the search results");
        assertEquals(0L, browser.script("return document.querySelectorAll('img[src=\"x\"]').length"),
                "the payload became markup");
        new AdminApi(node).send("GET", "/api/contacts/persons?size=1", "");
    }
}
