package org.rapport.itests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Merging duplicate people from a person's page: the Possible duplicates tab finds the other record (same email in
 * another case; in Persian, the same name spelled with Arabic letters), the merge page shows the fields that differ
 * side by side with the survivor's values chosen, the user takes one from the other side and sees the emails of both;
 * after the merge the survivor has the chosen value and both emails, the other person is gone, and the survivor's
 * History says who was merged into it. A change someone saves meanwhile is reported, both are shown again and the
 * user's choice stays. A person erased on request is never offered for merging, on either side.
 */
@RapportUiTest
class ContactsMergeIT {

    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    @Test
    void twoDuplicatesAreMergedFieldByFieldAndTheSurvivorKeepsTheHistory(RapportNode node,
            @Language("en-US") Browser en, @Language("fa") Browser fa) throws Exception {
        String tag = "m" + ThreadLocalRandom.current().nextInt(1_000_000);
        AdminApi api = new AdminApi(node);
        String lastName = "Tehrani " + tag;
        String email = "shirin." + tag + "@example.ir";
        String otherEmail = "s.tehrani." + tag + "@example.com";
        long survivor = AdminApi.id(api.send("POST", "/api/contacts/persons", "{\"firstName\":\"Shirin\",\"lastName\":\""
                + lastName + "\",\"emails\":[{\"address\":\"" + email + "\",\"label\":\"work\"}],\"leadSource\":\"Expo\","
                + "\"stage\":\"LEAD\",\"tags\":[\"expo\"]}"));
        long merged = AdminApi.id(api.send("POST", "/api/contacts/persons", "{\"firstName\":\"Shirin\",\"lastName\":\""
                + lastName + "\",\"emails\":[{\"address\":\"" + email.toUpperCase() + "\"},{\"address\":\"" + otherEmail
                + "\"}],\"leadSource\":\"Webinar\",\"stage\":\"CUSTOMER\",\"tags\":[\"webinar\"],"
                + "\"notes\":\"Prefers email\"}"));

        // In Persian: the same name typed with Arabic letters is found, and the page is mirrored.
        String persianLast = "کریمی" + ContactsPagesIT.persianWord(4);
        long maryam = AdminApi.id(api.send("POST", "/api/contacts/persons", "{\"firstName\":\"مریم\",\"lastName\":\""
                + persianLast + "\",\"leadSource\":\"نمایشگاه\",\"stage\":\"LEAD\",\"emails\":[{\"address\":\"maryam."
                + tag + "@example.ir\"}]}"));
        long maryamArabic = AdminApi.id(api.send("POST", "/api/contacts/persons", "{\"firstName\":\"مريم\",\"lastName\":\""
                + persianLast.replace('ی', 'ي').replace('ک', 'ك') + "\",\"leadSource\":\"وبینار\",\"stage\":\"CUSTOMER\","
                + "\"emails\":[{\"address\":\"m.karimi." + tag + "@example.com\"}],\"notes\":\"مشتری قدیمی\"}"));
        Shell.signIn(fa, node);
        fa.open(node.uri("/contacts/persons/" + maryam));
        press(fa, "contact-tab-duplicates");
        WebElement found = Shell.await(fa, By.id("contact-duplicates-grid"));
        fa.waitFor("the other spelling proposed for its name", driver -> found.getText().contains("نام مشابه")
                ? true : null);
        press(fa, By.cssSelector("[data-merge='" + maryamArabic + "']"));
        fa.waitFor("the merge page", driver -> driver.getCurrentUrl().endsWith("/contacts/persons/" + maryam
                + "/merge/" + maryamArabic) ? true : null);
        pick(fa, "leadSource", "وبینار");
        assertEquals("rtl", Shell.htmlAttribute(fa, "dir"));
        String persianPage = Shell.await(fa, By.id("contact-merge")).getText();
        assertTrue(persianPage.contains("ادغام دو شخص") && persianPage.contains("می‌ماند"), persianPage);
        assertFalse(persianPage.contains("contacts."), "a message key is shown: " + persianPage);
        fa.script("document.getElementById('contact-merge').scrollIntoView()");
        fa.screenshot("contacts-merge-fa");
        // swapping sides keeps the values picked: the lead source stays وبینار, now the survivor's
        press(fa, "merge-swap");
        fa.waitFor("the sides swapped", driver -> driver.getCurrentUrl().endsWith("/contacts/persons/" + maryamArabic
                + "/merge/" + maryam) && driver.findElement(By.id("merge-survivor-name")).getAttribute("href")
                        .endsWith("/contacts/persons/" + maryamArabic) ? true : null);
        assertEquals("وبینار", checked(fa, "leadSource"));

        Shell.signIn(en, node);
        en.open(node.uri("/contacts/persons/" + survivor));
        press(en, "contact-tab-duplicates");
        WebElement candidates = Shell.await(en, By.id("contact-duplicates-grid"));
        en.waitFor("the other record proposed for its email", driver -> candidates.getText().contains("Same email")
                ? true : null);
        en.screenshot("contacts-duplicates-en");
        press(en, By.cssSelector("[data-merge='" + merged + "']"));
        en.waitFor("the merge page", driver -> driver.getCurrentUrl().endsWith("/contacts/persons/" + survivor
                + "/merge/" + merged) ? true : null);
        Shell.await(en, By.cssSelector("vaadin-radio-group[data-field='leadSource']"));
        List<String> offered = en.driver().findElements(By.cssSelector("#merge-fields vaadin-radio-group")).stream()
                .map(group -> group.getAttribute("data-field")).toList();
        assertEquals(List.of("stage", "leadSource", "notes"), offered, "only the fields that differ");
        assertEquals("Expo", checked(en, "leadSource"), "the survivor's value is chosen to begin with");
        pick(en, "leadSource", "Webinar");
        String united = Shell.await(en, By.cssSelector("#merge-united [data-field='emails']")).getText();
        assertTrue(united.contains(email) && united.contains(otherEmail), united);
        assertFalse(united.contains(email.toUpperCase()), "the same address twice: " + united);
        en.script("document.getElementById('contact-merge').scrollIntoView()");
        en.screenshot("contacts-merge-en");

        press(en, "merge-start");
        WebElement dialog = Shell.await(en, By.cssSelector("vaadin-confirm-dialog-overlay"));
        en.waitFor("the confirmation", driver -> dialog.getText().contains("is removed")
                && dialog.getText().contains("history of both stays") ? true : null);
        Shell.click(en, CONFIRM, Browser.DEFAULT_WAIT);
        en.waitFor("the survivor's page", driver -> driver.getCurrentUrl().endsWith("/contacts/persons/" + survivor)
                ? true : null);
        en.waitFor("the merged notice", driver -> Shell.notices(en).stream()
                .anyMatch(text -> text.contains("was merged into")) ? true : null);
        en.waitFor("the chosen lead source", driver -> driver.findElement(By.cssSelector("[data-field='leadSource']"))
                .getText().equals("Webinar") ? true : null);
        String emails = Shell.await(en, By.cssSelector("#contact-fields [data-field='emails']")).getText();
        assertTrue(emails.contains(email) && emails.contains(otherEmail), emails);
        assertEquals("Lead", Shell.await(en, By.cssSelector("#contact-fields [data-field='stage']")).getText(),
                "a field left on the survivor's side changed");
        assertEquals("expo, webinar", Shell.await(en, By.cssSelector("#contact-fields [data-field='tags']")).getText());

        press(en, "contact-tab-history");
        WebElement history = Shell.await(en, By.id("contact-history-grid"));
        en.waitFor("the merge in the survivor's history", driver -> history.getText().contains("Merged")
                && history.getText().contains("Person " + merged + " was merged into this one") ? true : null);
        en.screenshot("contacts-merge-history-en");

        en.open(node.uri("/contacts/persons/" + merged));
        assertNotNull(Shell.await(en, By.id("contact-not-found")));
        en.waitForText("No such person");
    }

    @Test
    void aChangeSavedMeanwhileIsReportedAndTheChoicesStay(RapportNode node, @Language("en-US") Browser en)
            throws Exception {
        String tag = "c" + ThreadLocalRandom.current().nextInt(1_000_000);
        AdminApi api = new AdminApi(node);
        String phone = "+98912" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_000_000));
        long survivor = AdminApi.id(api.send("POST", "/api/contacts/persons", "{\"firstName\":\"Omid\",\"lastName\":\"Sadeghi "
                + tag + "\",\"phones\":[{\"number\":\"" + phone + "\"}],\"leadSource\":\"Expo\"}"));
        String mergedBody = "{\"firstName\":\"Omid\",\"lastName\":\"Sadeghi " + tag + "\",\"phones\":[{\"number\":\""
                + phone + "\"}],\"leadSource\":\"Referral\",\"notes\":\"%s\"%s}";
        long merged = AdminApi.id(api.send("POST", "/api/contacts/persons", String.format(mergedBody, "first", "")));

        Shell.signIn(en, node);
        en.open(node.uri("/contacts/persons/" + survivor + "/merge/" + merged));
        pick(en, "leadSource", "Referral");
        Matcher version = VERSION.matcher(api.send("GET", "/api/contacts/persons/" + merged, ""));
        assertTrue(version.find());
        api.send("PUT", "/api/contacts/persons/" + merged, String.format(mergedBody, "changed meanwhile",
                ",\"version\":" + version.group(1)));

        press(en, "merge-start");
        Shell.click(en, CONFIRM, Browser.DEFAULT_WAIT);
        WebElement problems = Shell.await(en, By.id("merge-problems"));
        en.waitFor("the change reported", driver -> problems.isDisplayed()
                && problems.getText().contains("Someone changed one of these people") ? true : null);
        en.waitFor("the other person as it is now", driver -> driver.findElement(By.cssSelector(
                "vaadin-radio-group[data-field='notes']")).getText().contains("changed meanwhile") ? true : null);
        assertEquals("Referral", checked(en, "leadSource"), "the user's choice was lost");
        assertTrue(en.driver().getCurrentUrl().endsWith("/merge/" + merged));

        press(en, "merge-start");
        Shell.click(en, CONFIRM, Browser.DEFAULT_WAIT);
        en.waitFor("the survivor's page", driver -> driver.getCurrentUrl().endsWith("/contacts/persons/" + survivor)
                ? true : null);
        en.waitFor("the chosen lead source", driver -> driver.findElement(By.cssSelector("[data-field='leadSource']"))
                .getText().equals("Referral") ? true : null);
    }

    @Test
    void anErasedPersonIsNeverOfferedForMerging(RapportNode node, @Language("en-US") Browser en,
            @Language("fa") Browser fa) throws Exception {
        String tag = "e" + ThreadLocalRandom.current().nextInt(1_000_000);
        AdminApi api = new AdminApi(node);
        String person = "{\"firstName\":\"Arash\",\"lastName\":\"Kamali " + tag + "\",\"leadSource\":\"%s\"}";
        long live = AdminApi.id(api.send("POST", "/api/contacts/persons", String.format(person, "Expo")));
        long erased = AdminApi.id(api.send("POST", "/api/contacts/persons", String.format(person, "Webinar")));
        erase(api, erased);

        // opened by its address: the page refuses, names the live person, and offers no placeholder value
        Shell.signIn(en, node);
        en.open(node.uri("/contacts/persons/" + live + "/merge/" + erased));
        WebElement message = Shell.await(en, By.id("merge-message"));
        assertTrue(message.getText().startsWith("The person to merge had their personal data erased on request, and an"
                + " erased record is never merged. If ") && message.getText().contains("Arash Kamali " + tag)
                && message.getText().endsWith("is the same person, erase that record too."), message.getText());
        assertTrue(Shell.await(en, By.id("merge-other")).getAttribute("href").endsWith("/contacts/persons/" + live));
        assertTrue(en.driver().findElements(By.id("merge-fields")).isEmpty(), "the erased values offered as choices");
        assertTrue(en.driver().findElements(By.id("merge-start")).isEmpty(), "merging offered");
        en.screenshot("contacts-merge-erased-en");

        Shell.signIn(fa, node);
        fa.open(node.uri("/contacts/persons/" + erased + "/merge/" + live));
        WebElement persian = Shell.await(fa, By.id("merge-message"));
        fa.waitFor("the refusal in Persian", driver -> persian.getText().startsWith("داده‌های شخصی که می‌ماند")
                ? true : null);
        assertTrue(fa.driver().findElements(By.id("merge-fields")).isEmpty());
        assertFalse(Shell.await(fa, By.id("contact-merge")).getText().contains("Erased"), "the placeholder shown");

        // erased while the page was open: the merge is refused and the page says why
        long other = AdminApi.id(api.send("POST", "/api/contacts/persons", String.format(person, "Referral")));
        en.open(node.uri("/contacts/persons/" + live + "/merge/" + other));
        Shell.await(en, By.cssSelector("vaadin-radio-group[data-field='leadSource']"));
        erase(api, other);
        press(en, "merge-start");
        Shell.click(en, CONFIRM, Browser.DEFAULT_WAIT);
        en.waitFor("the refusal", driver -> driver.findElement(By.id("merge-message")).getText()
                .startsWith("The person to merge had their personal data erased") ? true : null);
        assertTrue(en.driver().findElements(By.id("merge-fields")).isEmpty());
        assertTrue(api.send("GET", "/api/contacts/persons/" + live, "").contains("\"leadSource\":\"Expo\""),
                "the live person changed");
    }

    private static void erase(AdminApi api, long id) throws Exception {
        Matcher version = VERSION.matcher(api.send("GET", "/api/contacts/persons/" + id, ""));
        assertTrue(version.find());
        api.send("POST", "/api/contacts/persons/" + id + "/erase?version=" + version.group(1), "");
    }

    private static final By CONFIRM = By.cssSelector("vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button']");

    /** Picks the side whose value for the field reads {@code value}, by clicking its label as a user does. */
    private static void pick(Browser browser, String field, String value) {
        By option = By.xpath("//vaadin-radio-group[@data-field='" + field + "']//*[@data-side][normalize-space(.)='"
                + value + "']");
        press(browser, option);
        browser.waitFor(field + " = " + value, driver -> value.equals(checked(browser, field)) ? true : null);
    }

    /** The text of the chosen side of a field. */
    private static String checked(Browser browser, String field) {
        List<WebElement> chosen = browser.driver().findElements(By.cssSelector("vaadin-radio-group[data-field='"
                + field + "'] vaadin-radio-button[checked] [data-side]"));
        return chosen.isEmpty() ? null : chosen.get(0).getText();
    }

    private static void press(Browser browser, String id) {
        press(browser, By.id(id));
    }

    /** Clicks after scrolling into the middle of the view: the page may be longer than the window. */
    private static void press(Browser browser, By what) {
        WebElement element = Shell.await(browser, what);
        browser.script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}
