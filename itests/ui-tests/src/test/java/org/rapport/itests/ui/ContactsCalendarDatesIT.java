package org.rapport.itests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Custom date fields on the person and organization forms are typed and shown in the user's calendar and digits: a
 * Persian user types a Jalali date in Persian digits and the right ISO date is stored, shown back on the record's
 * page and in the form; a month 13 is refused beside the field in Persian and nothing typed is lost. In English the
 * same field is a Gregorian date.
 */
@RapportUiTest
class ContactsCalendarDatesIT {

    @Test
    void aJalaliDateTypedInPersianDigitsIsStoredAndShownBack(RapportNode node, @Language("fa") Browser fa)
            throws Exception {
        String suffix = suffix();
        String key = "since" + suffix;
        AdminApi api = new AdminApi(node);
        api.send("POST", "/api/contacts/custom-fields", "{\"entity\":\"person\",\"key\":\"" + key
                + "\",\"label\":\"مشتری از\",\"type\":\"DATE\"}");
        try {
            Shell.signIn(fa, node);
            fa.open(node.uri("/contacts/persons/new"));
            Shell.await(fa, By.cssSelector("#contact-field-firstName input")).sendKeys("مریم");
            Shell.await(fa, By.cssSelector("#contact-field-lastName input")).sendKeys("تقویمی" + suffix);
            WebElement date = dateInput(fa, key);
            // month 13 does not exist in the Persian calendar
            date.sendKeys("۱۴۰۵/۱۳/۱", Keys.TAB);
            press(fa, "contact-save");
            WebElement field = Shell.await(fa, By.id("contact-field-custom-" + key));
            fa.waitFor("the date refused beside the field, in Persian", driver -> field.getDomAttribute("invalid") != null
                    && String.valueOf(field.getDomProperty("errorMessage")).startsWith("تاریخ را به شکل") ? true : null);
            assertEquals("۱۴۰۵/۱۳/۱", value(fa, date), "what was typed is kept");
            assertTrue(fa.driver().getCurrentUrl().endsWith("/contacts/persons/new"), "nothing was saved");
            fa.script("arguments[0].scrollIntoView({block: 'center'})", field);
            fa.screenshot("contacts-form-calendar-date-invalid-fa");

            // 7 Azar 1405 is 28 November 2026
            date.sendKeys(Keys.chord(Keys.CONTROL, "a"), "۱۴۰۵/۹/۷", Keys.TAB);
            fa.waitFor("the date accepted", driver -> field.getDomAttribute("invalid") == null ? true : null);
            fa.script("arguments[0].scrollIntoView({block: 'center'})", field);
            fa.screenshot("contacts-form-calendar-date-fa");
            press(fa, "contact-save");
            fa.waitFor("the person's page", driver -> driver.getCurrentUrl().matches(".*/contacts/persons/\\d+")
                    ? true : null);
            String url = fa.driver().getCurrentUrl();
            long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
            assertStored(api, "/api/contacts/persons/" + id, key, "2026-11-28");
            fa.waitFor("the date on the page in the Persian calendar", driver -> {
                String shown = driver.findElement(By.cssSelector("[data-field='custom." + key + "']")).getText();
                return shown.contains("آذر ۱۴۰۵") && shown.contains("۷") ? true : null;
            });

            fa.open(node.uri("/contacts/persons/" + id + "/edit"));
            WebElement again = dateInput(fa, key);
            fa.waitFor("the stored date in the form, Jalali in Persian digits", driver -> "۱۴۰۵/۹/۷".equals(
                    value(fa, again)) ? true : null);
            assertEquals("rtl", Shell.htmlAttribute(fa, "dir"));
        } finally {
            // the node is shared: other tests' forms must not grow this field
            api.send("DELETE", "/api/contacts/custom-fields/person/" + key, "");
        }
    }

    @Test
    void anOrganizationsDateIsGregorianInEnglish(RapportNode node, @Language("en-US") Browser en) throws Exception {
        String suffix = suffix();
        String key = "founded" + suffix;
        AdminApi api = new AdminApi(node);
        api.send("POST", "/api/contacts/custom-fields", "{\"entity\":\"organization\",\"key\":\"" + key
                + "\",\"label\":\"Founded\",\"type\":\"DATE\"}");
        try {
            long id = AdminApi.id(api.send("POST", "/api/contacts/organizations", "{\"name\":\"Calendar Works " + suffix
                    + "\",\"custom\":{\"" + key + "\":\"2026-03-21\"}}"));
            Shell.signIn(en, node);
            en.open(node.uri("/contacts/organizations/" + id + "/edit"));
            WebElement date = dateInput(en, key);
            en.waitFor("the stored date in the form", driver -> "3/21/26".equals(value(en, date)) ? true : null);
            date.sendKeys(Keys.chord(Keys.CONTROL, "a"), "13/1/2026", Keys.TAB);
            press(en, "contact-save");
            WebElement field = Shell.await(en, By.id("contact-field-custom-" + key));
            en.waitFor("month 13 refused beside the field", driver -> field.getDomAttribute("invalid") != null
                    && String.valueOf(field.getDomProperty("errorMessage")).startsWith("Not a date") ? true : null);
            assertEquals("13/1/2026", value(en, date), "what was typed is kept");
            assertStored(api, "/api/contacts/organizations/" + id, key, "2026-03-21");

            date.sendKeys(Keys.chord(Keys.CONTROL, "a"), "12/1/2026", Keys.TAB);
            press(en, "contact-save");
            en.waitFor("the organization's page", driver -> driver.getCurrentUrl().matches(
                    ".*/contacts/organizations/\\d+") ? true : null);
            assertStored(api, "/api/contacts/organizations/" + id, key, "2026-12-01");
            en.waitFor("the date on the page", driver -> driver.findElement(By.cssSelector("[data-field='custom." + key
                    + "']")).getText().equals("Dec 1, 2026") ? true : null);
        } finally {
            api.send("DELETE", "/api/contacts/custom-fields/organization/" + key, "");
        }
    }

    private static void assertStored(AdminApi api, String path, String key, String isoDate) throws Exception {
        String json = api.send("GET", path, "");
        assertTrue(Pattern.compile("\"" + key + "\"\\s*:\\s*\"" + isoDate + "\"").matcher(json).find(),
                key + " is not " + isoDate + ": " + json);
    }

    private static WebElement dateInput(Browser browser, String key) {
        WebElement input = Shell.await(browser, By.cssSelector("#contact-field-custom-" + key + " input"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", input);
        return input;
    }

    private static String value(Browser browser, WebElement input) {
        return (String) browser.script("return arguments[0].value", input);
    }

    private static void press(Browser browser, String id) {
        WebElement button = Shell.await(browser, By.id(id));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    }
}
