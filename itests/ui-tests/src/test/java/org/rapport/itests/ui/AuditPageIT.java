package org.rapport.itests.ui;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** What a user changes in a page shows in the audit log: who, which field, the values, through the UI. */
@RapportUiTest
class AuditPageIT {

    @Test
    void aNoteWrittenInTheUiIsInTheAuditLog(RapportNode node, @Language("en-US") Browser browser) {
        Shell.signIn(browser, node);
        String note = "Audited " + UUID.randomUUID().toString().substring(0, 8);
        browser.open(node.uri("/sample/notes"));
        Shell.await(browser, By.cssSelector("#sample-note-text input")).sendKeys(note, Keys.ENTER);
        Shell.await(browser, By.id("sample-note-add")).click();
        browser.waitFor("the note in the list", driver -> driver.findElement(By.id("sample-notes-grid")).getText()
                .contains(note) ? true : null);

        browser.open(node.uri("/admin/audit?entity=SampleNote"));
        Shell.await(browser, By.id("audit-page"));
        browser.waitFor("the note's creation in the audit log", driver -> {
            String shown = driver.findElement(By.id("audit-grid")).getText();
            return shown.contains(note) && shown.contains("CREATE") && shown.contains("admin") && shown.contains("UI")
                    ? true : null;
        });
        browser.screenshot("audit-en");
    }
}
