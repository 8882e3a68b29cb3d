package org.rapport.itests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The people and organizations lists filter by a tag, together with the search, and their CSV export holds only the
 * filtered records: in English, and in Persian with the tag typed in Arabic letters (the module folds ي to ی).
 */
@RapportUiTest
class ContactsTagFilterIT {

    @Test
    void aTagNarrowsThePeopleListAndItsExport(RapportNode node, @Language("en-US") Browser en,
            @Language("fa") Browser fa) throws Exception {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        AdminApi api = new AdminApi(node);
        String vip = "vip" + suffix;
        String special = "ویژه" + suffix;
        person(api, "Anna", "Tagged" + suffix, "\"" + vip + "\"");
        person(api, "Bat", "Tagged" + suffix, "\"" + vip + "\",\"" + special + "\"");
        person(api, "Cyrus", "Tagged" + suffix, "");

        openList(node, en, "/contacts/persons", "Tagged" + suffix, "3 people");
        tag(en, "VIP" + suffix);
        total(en, "2 people");
        assertTrue(!grid(en).contains("Cyrus"), "the untagged one is listed: " + grid(en));
        en.screenshot("contacts-tag-filter-en");
        String csv = Download.of(en, Shell.await(en, By.id("contacts-export-csv"))).text();
        assertTrue(csv.contains("Anna") && csv.contains("Bat") && !csv.contains("Cyrus"),
                "the export does not hold the filtered list: " + csv);
        tag(en, "");
        total(en, "3 people");
        tag(en, "no-such-tag" + suffix);
        en.waitFor("nobody with that tag", driver -> driver.findElement(By.id("contacts-empty")).isDisplayed()
                ? true : null);

        openList(node, fa, "/contacts/persons", "Tagged" + suffix, "۳ نفر");
        // typed with the Arabic yeh: the same tag for the module
        tag(fa, "ويژه" + suffix);
        total(fa, "۱ نفر");
        assertTrue(grid(fa).contains("Bat"), grid(fa));
        assertEquals("rtl", Shell.htmlAttribute(fa, "dir"));
        fa.screenshot("contacts-tag-filter-fa");
        String persian = Download.of(fa, Shell.await(fa, By.id("contacts-export-csv"))).text();
        assertTrue(persian.contains("Bat") && !persian.contains("Anna") && !persian.contains("Cyrus"),
                "the export does not hold the filtered list: " + persian);
    }

    @Test
    void aTagNarrowsTheOrganizationsList(RapportNode node, @Language("en-US") Browser en) throws Exception {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        AdminApi api = new AdminApi(node);
        api.send("POST", "/api/contacts/organizations", "{\"name\":\"Tagged Mills " + suffix + "\",\"tags\":[\"supplier"
                + suffix + "\"]}");
        api.send("POST", "/api/contacts/organizations", "{\"name\":\"Tagged Bakers " + suffix + "\"}");

        openList(node, en, "/contacts/organizations", "Tagged " + suffix, "2 organizations");
        tag(en, "#supplier" + suffix);
        total(en, "1 organization");
        assertTrue(grid(en).contains("Tagged Mills"), grid(en));
        String csv = Download.of(en, Shell.await(en, By.id("contacts-export-csv"))).text();
        assertTrue(csv.contains("Tagged Mills") && !csv.contains("Tagged Bakers"),
                "the export does not hold the filtered list: " + csv);
    }

    private static void person(AdminApi api, String first, String last, String tags) throws Exception {
        api.send("POST", "/api/contacts/persons", "{\"firstName\":\"" + first + "\",\"lastName\":\"" + last
                + "\",\"tags\":[" + tags + "]}");
    }

    private static void openList(RapportNode node, Browser browser, String route, String search, String total) {
        Shell.signIn(browser, node);
        browser.open(node.uri(route));
        Shell.await(browser, By.cssSelector("#contacts-search input")).sendKeys(search);
        total(browser, total);
    }

    private static void tag(Browser browser, String tag) {
        WebElement input = Shell.await(browser, By.cssSelector("#contacts-tag-filter input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(tag);
    }

    private static void total(Browser browser, String expected) {
        browser.waitFor("the total " + expected, driver -> {
            WebElement total = driver.findElement(By.id("contacts-total"));
            return total.isDisplayed() && total.getText().equals(expected) && driver.findElement(By.id("contacts-grid"))
                    .isDisplayed() ? true : null;
        });
    }

    private static String grid(Browser browser) {
        return browser.driver().findElement(By.id("contacts-grid")).getText();
    }
}
