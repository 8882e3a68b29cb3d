package org.rapport.itests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * Custom date fields on the person and organization forms are typed and shown in the user's calendar and digits: a
 * Persian user types a Jalali date in Persian digits and the right ISO date is stored, shown back on the record's
 * page and in the form; a month 13 is refused beside the field in Persian and nothing typed is lost. In English the
 * same field is a Gregorian date; in Arabic with the Hijri calendar picked, a Hijri date.
 */
@RapportUiTest
class ContactsCalendarDatesIT {

    /** The day 8 on its own, not the 8 of the year ١٤٤٨. */
    private static final Pattern ARABIC_INDIC_EIGHT = Pattern.compile("(^|[^٠-٩])٨([^٠-٩]|$)");

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
            long id = savedWithAcceptedDate(fa, field, "contacts-form-calendar-date-fa");
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

    /**
     * An Arabic user picks the Umm al-Qura Hijri calendar and Arabic-Indic digits from the language menu, types a
     * Hijri date on a person's form, and the Gregorian day ICU gives for it is stored, then shown back in Hijri.
     */
    @Test
    void aHijriDateTypedInArabicIndicDigitsIsStoredAndShownBack(RapportNode node, @Language("ar") Browser ar)
            throws Exception {
        String suffix = suffix();
        String key = "since" + suffix;
        IslamicCalendar hijri = ummAlQura(1448, 6, 8);
        LocalDate gregorian = LocalDate.ofEpochDay(Math.floorDiv(hijri.getTimeInMillis(), 86_400_000L));
        ULocale arabicHijri = new ULocale("ar@calendar=islamic-umalqura;numbers=arab");
        String month = format(new SimpleDateFormat("MMMM", arabicHijri), hijri);
        String shortDate = format(DateFormat.getDateInstance(DateFormat.SHORT, arabicHijri), hijri);
        AdminApi api = new AdminApi(node);
        api.send("POST", "/api/contacts/custom-fields", "{\"entity\":\"person\",\"key\":\"" + key
                + "\",\"label\":\"عميل منذ\",\"type\":\"DATE\"}");
        try {
            Shell.signIn(ar, node);
            Shell.pickFromLanguageMenu(ar, "calendar", "vaadin-menu-bar-item[data-calendar='islamic-umalqura']");
            Shell.pickFromLanguageMenu(ar, "digits", "vaadin-menu-bar-item[data-digits='native']");
            ar.open(node.uri("/contacts/persons/new"));
            Shell.await(ar, By.cssSelector("#contact-field-firstName input")).sendKeys("مريم");
            Shell.await(ar, By.cssSelector("#contact-field-lastName input")).sendKeys("هجري" + suffix);
            WebElement date = dateInput(ar, key);
            date.sendKeys("١٤٤٨/٦/٨", Keys.TAB);
            WebElement field = Shell.await(ar, By.id("contact-field-custom-" + key));
            long id = savedWithAcceptedDate(ar, field, "contacts-form-calendar-date-hijri-ar");
            assertStored(api, "/api/contacts/persons/" + id, key, gregorian.toString());
            ar.waitFor("the date on the page in the Hijri calendar (" + month + " ١٤٤٨)", driver -> {
                String shown = driver.findElement(By.cssSelector("[data-field='custom." + key + "']")).getText();
                return shown.contains(month) && shown.contains("١٤٤٨") && ARABIC_INDIC_EIGHT.matcher(shown).find()
                        ? true : null;
            });

            ar.open(node.uri("/contacts/persons/" + id + "/edit"));
            WebElement again = dateInput(ar, key);
            ar.waitFor("the stored date in the form, Hijri in Arabic-Indic digits (" + shortDate + ")",
                    driver -> shortDate.equals(value(ar, again)) ? true : null);
            assertEquals("rtl", Shell.htmlAttribute(ar, "dir"));
        } finally {
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

    /** Waits for the person's date to be accepted, shows it (screenshot), saves and returns the new person's id. */
    private static long savedWithAcceptedDate(Browser browser, WebElement field, String screenshot) {
        browser.waitFor("the date accepted", driver -> field.getDomAttribute("invalid") == null ? true : null);
        browser.script("arguments[0].scrollIntoView({block: 'center'})", field);
        browser.screenshot(screenshot);
        press(browser, "contact-save");
        browser.waitFor("the person's page", driver -> driver.getCurrentUrl().matches(".*/contacts/persons/\\d+")
                ? true : null);
        String url = browser.driver().getCurrentUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    private static void assertStored(AdminApi api, String path, String key, String isoDate) throws Exception {
        String json = api.send("GET", path, "");
        assertTrue(Pattern.compile("\"" + key + "\"\\s*:\\s*\"" + isoDate + "\"").matcher(json).find(),
                key + " is not " + isoDate + ": " + json);
    }

    /** Midnight UTC of a day of the Umm al-Qura calendar (month 1 is Muharram), as ICU computes it. */
    private static IslamicCalendar ummAlQura(int year, int month, int day) {
        IslamicCalendar hijri = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        hijri.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        hijri.clear();
        hijri.set(year, month - 1, day);
        return hijri;
    }

    private static String format(DateFormat format, IslamicCalendar day) {
        format.setCalendar((IslamicCalendar) day.clone());
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(day.getTime());
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
