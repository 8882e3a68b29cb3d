package org.rapport.itests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A new person who may already be there: saving the form first lists the people found (the same email typed in
 * another case; in Persian, the same name typed with Arabic letters), each linking to their page. Cancel goes back to
 * the form with everything typed, "Create anyway" creates the second record, and a listed name opens that person's
 * page in the same tab.
 */
@RapportUiTest
class ContactsCreateDuplicatesIT {

    private static final By DIALOG = By.id("contact-create-duplicates");
    private static final By GRID = By.id("contact-create-duplicates-grid");

    @Test
    void theSameEmailInAnotherCaseIsShownBeforeCreatingAndCancelKeepsTheForm(RapportNode node,
            @Language("en-US") Browser en) throws Exception {
        String tag = "d" + ThreadLocalRandom.current().nextInt(1_000_000);
        String email = "parisa." + tag + "@example.ir";
        long existing = AdminApi.id(new AdminApi(node).send("POST", "/api/contacts/persons", "{\"firstName\":\"Parisa\","
                + "\"lastName\":\"Ahmadi " + tag + "\",\"emails\":[{\"address\":\"" + email + "\"}]}"));
        String typedLast = "Rostami " + tag;

        Shell.signIn(en, node);
        en.open(node.uri("/contacts/persons/new"));
        type(en, "firstName", "Parisa");
        type(en, "lastName", typedLast);
        Shell.await(en, By.cssSelector("#contact-field-emails-0 input")).sendKeys(email.toUpperCase());
        press(en, By.id("contact-save"));

        WebElement grid = Shell.await(en, GRID);
        en.waitFor("the person with that email listed", driver -> grid.getText().contains("Parisa Ahmadi " + tag)
                && grid.getText().contains("Same email") ? true : null);
        String dialog = Shell.await(en, By.cssSelector("vaadin-dialog-overlay")).getText();
        assertTrue(dialog.contains("This person may already be here") && dialog.contains("1 person you may see")
                && dialog.contains("Create anyway") && dialog.contains("Cancel"), dialog);
        assertTrue(dialog.contains("merge the two later"), "an admin may merge, and is told how: " + dialog);
        assertTrue(grid.getText().matches("(?s).*\\b\\d{1,3}%.*"), "no likeness: " + grid.getText());
        assertEquals(1, en.driver().findElements(By.cssSelector("#contact-create-duplicates-grid a[data-person='"
                + existing + "']")).size(), "the existing person is not linked");
        en.screenshot("contacts-duplicate-warning-en");

        press(en, By.id("contact-create-cancel"));
        Shell.awaitGone(en, DIALOG, Browser.DEFAULT_WAIT);
        assertTrue(en.driver().getCurrentUrl().endsWith("/contacts/persons/new"), en.driver().getCurrentUrl());
        assertEquals("Parisa", value(en, "firstName"), "the typed first name was lost");
        assertEquals(typedLast, value(en, "lastName"), "the typed last name was lost");
        assertEquals(email.toUpperCase(), (String) en.script("return arguments[0].value",
                Shell.await(en, By.cssSelector("#contact-field-emails-0 input"))), "the typed email was lost");

        // Cancel answered nothing: saving again asks again; this time the user creates the second record anyway
        press(en, By.id("contact-save"));
        Shell.await(en, GRID);
        press(en, By.id("contact-create-anyway"));
        WebElement name = Shell.await(en, By.id("contact-name"));
        en.waitFor("the new person's page", driver -> name.getText().contains(typedLast) ? true : null);
        String url = en.driver().getCurrentUrl();
        assertTrue(url.matches(".*/contacts/persons/\\d+"), url);
        long created = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        assertNotEquals(existing, created);
        en.waitFor("the created notice", driver -> Shell.notices(en).stream()
                .anyMatch(text -> text.contains("was added")) ? true : null);
        assertTrue(new AdminApi(node).send("GET", "/api/contacts/persons/" + existing, "").contains(email),
                "the existing person changed");
    }

    @Test
    void inPersianTheNameTypedWithArabicLettersIsShownAndItsLinkOpensThatPerson(RapportNode node,
            @Language("fa") Browser fa) throws Exception {
        String lastName = "کریمی" + ContactsPagesIT.persianWord(5);
        long existing = AdminApi.id(new AdminApi(node).send("POST", "/api/contacts/persons",
                "{\"firstName\":\"مریم\",\"lastName\":\"" + lastName + "\"}"));
        String arabicLetters = lastName.replace('ی', 'ي').replace('ک', 'ك');
        assertNotEquals(lastName, arabicLetters);

        Shell.signIn(fa, node);
        fa.open(node.uri("/contacts/persons/new"));
        type(fa, "firstName", "مريم");
        type(fa, "lastName", arabicLetters);
        press(fa, By.id("contact-save"));

        WebElement grid = Shell.await(fa, GRID);
        fa.waitFor("the person with that name listed", driver -> grid.getText().contains(lastName)
                && grid.getText().contains("نام مشابه") ? true : null);
        String dialog = Shell.await(fa, By.cssSelector("vaadin-dialog-overlay")).getText();
        assertTrue(dialog.contains("شاید این شخص از پیش ثبت شده باشد") && dialog.contains("با این حال بساز")
                && dialog.contains("انصراف") && dialog.contains("۱ نفر"), dialog);
        assertTrue(grid.getText().contains("٪"), "the likeness in Persian: " + grid.getText());
        assertFalse(dialog.contains("contacts."), "a message key is shown: " + dialog);
        assertEquals("rtl", Shell.htmlAttribute(fa, "dir"));
        assertEquals("rtl", fa.script("return getComputedStyle(arguments[0]).direction",
                Shell.await(fa, DIALOG)), "the dialog is not mirrored");
        fa.screenshot("contacts-duplicate-warning-fa");

        press(fa, By.cssSelector("#contact-create-duplicates-grid a[data-person='" + existing + "']"));
        fa.waitFor("the existing person's page", driver -> driver.getCurrentUrl().endsWith("/contacts/persons/"
                + existing) ? true : null);
        WebElement name = Shell.await(fa, By.id("contact-name"));
        fa.waitFor("the existing person's name", driver -> name.getText().contains(lastName) ? true : null);
        assertEquals(1, fa.driver().getWindowHandles().size(), "the person opened in another tab");
        Shell.awaitGone(fa, DIALOG, Browser.DEFAULT_WAIT);
    }

    private static void type(Browser browser, String field, String text) {
        Shell.await(browser, By.cssSelector("#contact-field-" + field + " input")).sendKeys(text);
    }

    private static String value(Browser browser, String field) {
        return (String) browser.script("return arguments[0].value",
                Shell.await(browser, By.cssSelector("#contact-field-" + field + " input")));
    }

    /** Clicks after scrolling into the middle of the view: the form may be longer than the window. */
    private static void press(Browser browser, By what) {
        WebElement element = Shell.await(browser, what);
        browser.script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}
