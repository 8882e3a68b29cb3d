package org.rapport.itests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ULocale;

/** What a user changes in a page shows in the audit log: who, which field, the values, through the UI. */
@RapportUiTest
class AuditPageIT {

    @Test
    void aNoteWrittenInTheUiIsInTheAuditLog(RapportNode node, @Language("en-US") Browser browser) {
        Shell.signIn(browser, node);
        String note = addNote(browser, node);

        browser.open(node.uri("/admin/audit?entity=SampleNote"));
        Shell.await(browser, By.id("audit-page"));
        browser.waitFor("the note's creation in the audit log", driver -> {
            String shown = driver.findElement(By.id("audit-grid")).getText();
            return shown.contains(note) && shown.contains("CREATE") && shown.contains("admin") && shown.contains("UI")
                    ? true : null;
        });
        browser.screenshot("audit-en");
    }

    /**
     * A Persian user filters the log by dates typed in the Persian calendar and Persian digits, as on the contacts
     * pages: from today shows today's note, from tomorrow shows none of today's rows, a month 13 is refused beside
     * the field and the typed text stays.
     */
    @Test
    void thePersianUserFiltersTheLogByJalaliDatesInPersianDigits(RapportNode node, @Language("fa") Browser fa) {
        Shell.signIn(fa, node);
        String note = addNote(fa, node);
        String persianNote = Shell.addSampleNote(fa, node, "یادداشت");
        Calendar today = Calendar.getInstance(new ULocale("fa_IR@calendar=persian"));
        String todayTyped = jalali(today);
        today.add(Calendar.DATE, 1);
        String tomorrowTyped = jalali(today);

        fa.open(node.uri("/admin/audit?entity=SampleNote"));
        Shell.await(fa, By.id("audit-page"));
        WebElement from = Shell.await(fa, By.cssSelector("#audit-from input"));
        from.sendKeys("۱۴۰۵/۱۳/۱", Keys.TAB);
        Shell.await(fa, By.id("audit-search")).click();
        WebElement fromField = Shell.await(fa, By.id("audit-from"));
        fa.waitFor("month 13 refused beside the field, in Persian", driver -> fromField.getDomAttribute("invalid") != null
                && String.valueOf(fromField.getDomProperty("errorMessage")).startsWith("تاریخ را به شکل") ? true : null);
        assertEquals("۱۴۰۵/۱۳/۱", fa.script("return arguments[0].value", from), "what was typed is kept");

        from.sendKeys(Keys.chord(Keys.CONTROL, "a"), todayTyped, Keys.TAB);
        WebElement to = Shell.await(fa, By.cssSelector("#audit-to input"));
        to.sendKeys(todayTyped, Keys.TAB);
        Shell.await(fa, By.id("audit-search")).click();
        fa.waitFor("today's note in the log filtered from and to today", driver -> fromField.getDomAttribute("invalid")
                == null && driver.findElement(By.id("audit-grid")).getText().contains(note) ? true : null);
        fa.screenshot("audit-fa");
        assertWrittenInItsOwnDirection(fa, note, "ltr");
        assertWrittenInItsOwnDirection(fa, persianNote, "rtl");

        from.sendKeys(Keys.chord(Keys.CONTROL, "a"), tomorrowTyped, Keys.TAB);
        to.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, Keys.TAB);
        Shell.await(fa, By.id("audit-search")).click();
        fa.waitFor("no row of today from tomorrow on", driver -> !driver.findElement(By.id("audit-grid")).getText()
                .contains(note) ? true : null);
    }

    private static String addNote(Browser browser, RapportNode node) {
        return Shell.addSampleNote(browser, node, "Audited");
    }

    /**
     * In a right-to-left page each before/after value takes the direction of its own letters, so the ellipsis of a
     * value too long for its column cuts its end, not its start ("…ited 4edd0ab3" for a Latin value before).
     */
    private static void assertWrittenInItsOwnDirection(Browser browser, String value, String direction) {
        WebElement cell = Shell.await(browser, By.xpath("//*[@id='audit-grid']//span[@class='audit-value' and .='"
                + value + "']"));
        assertEquals("auto", cell.getDomAttribute("dir"), "the value's direction is not its own: " + value);
        assertEquals(direction, cell.getCssValue("direction"), value);
        assertEquals("ellipsis", cell.getCssValue("text-overflow"), value);
        assertEquals("rtl", Shell.htmlAttribute(browser, "dir"), "the page itself stays right-to-left");
    }

    /** Year/month/day of the Persian calendar in Persian digits, as a Persian user types a date. */
    private static String jalali(Calendar persian) {
        String latin = persian.get(Calendar.YEAR) + "/" + (persian.get(Calendar.MONTH) + 1) + "/"
                + persian.get(Calendar.DATE);
        StringBuilder typed = new StringBuilder();
        for (char c : latin.toCharArray()) {
            typed.append(Character.isDigit(c) ? (char) ('۰' + (c - '0')) : c);
        }
        return typed.toString();
    }
}
