package org.rapport.itests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Range filters on listed number, date and money custom fields narrow the people list together with the search, and
 * the total follows: in English, and in Persian with Persian digits and a Jalali date typed. A range that starts after
 * it ends is refused at its box with a message, and the list stays as it was.
 */
@RapportUiTest
class ContactsRangeFiltersIT {

    @Test
    void rangesOnNumbersDatesAndAmountsNarrowTheList(RapportNode node, @Language("en-US") Browser en,
            @Language("fa") Browser fa) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        AdminApi api = new AdminApi(node);
        for (String[] field : new String[][] {{"score", "Score", "NUMBER"}, {"since", "Customer since", "DATE"},
                {"budget", "Budget", "MONEY"}}) {
            api.send("POST", "/api/contacts/custom-fields", "{\"entity\":\"person\",\"key\":\"" + field[0] + suffix
                    + "\",\"label\":\"" + field[1] + "\",\"type\":\"" + field[2] + "\",\"showInList\":true}");
        }
        try {
            // 2026-03-21 is 1 Farvardin 1405; 2025-03-20 is the last day of 1403
            person(api, suffix, "Anna", 5, "2026-03-21", "100", "EUR");
            person(api, suffix, "Bat", 50, "2025-03-20", "2000", "EUR");
            person(api, suffix, "Cyrus", 500, "2026-06-01", "300", "USD");
            inEnglish(node, en, suffix);
            inPersian(node, fa, suffix);
        } finally {
            // the node is shared: other tests' lists must not grow these columns
            for (String key : new String[] {"score", "since", "budget"}) {
                api.send("DELETE", "/api/contacts/custom-fields/person/" + key + suffix, "");
            }
        }
    }

    private static void inEnglish(RapportNode node, Browser en, String suffix) {
        openList(node, en, suffix, "3 people");

        type(en, "score" + suffix + "-min", "10");
        type(en, "score" + suffix + "-max", "100");
        total(en, "1 person");
        assertTrue(grid(en).contains("Bat"), grid(en));
        clear(en, "score" + suffix + "-min");
        clear(en, "score" + suffix + "-max");
        total(en, "3 people");

        type(en, "since" + suffix + "-min", "3/21/2026");
        total(en, "2 people");
        assertTrue(!grid(en).contains("Bat"), "the one before the range is listed: " + grid(en));

        type(en, "budget" + suffix + "-min", "150");
        total(en, "1 person");
        assertTrue(grid(en).contains("Cyrus"), "300 USD is at least 150 in any currency: " + grid(en));
        en.screenshot("contacts-range-filters-en");
        WebElement currency = Shell.await(en, By.cssSelector("#contacts-custom-filter-budget" + suffix
                + "-currency input"));
        currency.sendKeys("EUR");
        en.waitFor("EUR offered", driver -> driver.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .anyMatch(item -> item.getText().equals("EUR")) ? true : null);
        currency.sendKeys(Keys.ENTER);
        en.waitFor("nobody in euros since then", driver -> Shell.await(en, By.id("contacts-empty")).isDisplayed()
                ? true : null);
        clear(en, "since" + suffix + "-min");
        total(en, "1 person");
        assertTrue(grid(en).contains("Bat"), "2000 EUR, the one amount in euros of at least 150: " + grid(en));
        for (String export : new String[] {"contacts-export-csv", "contacts-export-vcard"}) {
            String file = Download.of(en, Shell.await(en, By.id(export))).text();
            assertTrue(file.contains("Bat") && !file.contains("Anna") && !file.contains("Cyrus"),
                    export + " does not hold the filtered list: " + file);
        }

        type(en, "score" + suffix + "-min", "40");
        total(en, "1 person");
        type(en, "score" + suffix + "-max", "10");
        WebElement max = Shell.await(en, By.id("contacts-custom-filter-score" + suffix + "-max"));
        en.waitFor("the reversed range refused at its box", driver -> max.getDomAttribute("invalid") != null ? true : null);
        assertEquals("“From” is larger than “to”: swap them or clear one", max.getDomProperty("errorMessage"));
        total(en, "1 person");
        type(en, "score" + suffix + "-max", "abc");
        en.waitFor("the message for what is not a number", driver -> String.valueOf(max.getDomProperty("errorMessage"))
                .equals("Type a number, such as 1,250.5") ? true : null);
        en.screenshot("contacts-range-filters-invalid-en");
    }

    private static void inPersian(RapportNode node, Browser fa, String suffix) {
        openList(node, fa, suffix, "۳ نفر");
        // a Jalali date in Persian digits: 1 Farvardin 1405
        type(fa, "since" + suffix + "-min", "۱۴۰۵/۰۱/۰۱");
        total(fa, "۲ نفر");
        type(fa, "score" + suffix + "-max", "۱۰۰");
        total(fa, "۱ نفر");
        assertTrue(grid(fa).contains("Anna"), grid(fa));
        assertEquals("rtl", Shell.htmlAttribute(fa, "dir"));
        fa.screenshot("contacts-range-filters-fa");

        type(fa, "since" + suffix + "-max", "۱۴۰۴/۱۲/۳۰");
        WebElement max = Shell.await(fa, By.id("contacts-custom-filter-since" + suffix + "-max"));
        fa.waitFor("a day 1404 does not have, refused in Persian", driver -> String.valueOf(
                max.getDomProperty("errorMessage")).startsWith("تاریخی بنویسید") ? true : null);
        total(fa, "۱ نفر");
    }

    /** The people list searched for this test's three people. */
    private static void openList(RapportNode node, Browser browser, String suffix, String total) {
        Shell.signIn(browser, node);
        browser.open(node.uri("/contacts/persons"));
        Shell.await(browser, By.cssSelector("#contacts-search input")).sendKeys("Range" + suffix);
        total(browser, total);
    }

    private static void person(AdminApi api, String suffix, String first, int score, String since, String amount,
            String currency) throws Exception {
        api.send("POST", "/api/contacts/persons", "{\"firstName\":\"" + first + "\",\"lastName\":\"Range" + suffix
                + "\",\"custom\":{\"score" + suffix + "\":" + score + ",\"since" + suffix + "\":\"" + since
                + "\",\"budget" + suffix + "\":{\"amount\":\"" + amount + "\",\"currency\":\"" + currency + "\"}}}");
    }

    private static void type(Browser browser, String box, String text) {
        WebElement input = Shell.await(browser, By.cssSelector("#contacts-custom-filter-" + box + " input"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.ENTER);
    }

    private static void clear(Browser browser, String box) {
        type(browser, box, "");
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
