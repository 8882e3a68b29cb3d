package org.rapport.itests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The contacts pages as a sales rep uses them: a person typed in Persian (Arabic yeh in the name, Persian digits in
 * the phone) is refused with a bad email at that field, saved once it is fixed, found in the list by the other
 * spelling, changed, and the change is in the person's History; organizations have the same list, form and page; a
 * missing record shows the not-found page.
 */
@RapportUiTest
class ContactsPagesIT {

    private static final String PERSIAN_LETTERS = "ابپتجچحخدرزژسشصطعغفقکگلمنوهی";

    @Test
    void aPersianPersonIsCheckedSavedFoundEditedAndHasAHistory(RapportNode node, @Language("fa") Browser fa,
            @Language("en-US") Browser en) throws Exception {
        seedPeople(node);
        // Arabic yeh (U+064A) in the stored name; the search below types the Persian yeh (U+06CC).
        String firstName = "علي";
        String lastName = "رضایی" + persianWord(5);
        Shell.signIn(fa, node);
        fa.open(node.uri("/contacts/persons"));
        Shell.await(fa, By.id("contacts-persons-list"));
        press(fa, "contacts-new");
        Shell.await(fa, By.id("contact-form"));
        Shell.await(fa, By.cssSelector("#contact-field-firstName input")).sendKeys(firstName);
        Shell.await(fa, By.cssSelector("#contact-field-lastName input")).sendKeys(lastName);
        Shell.await(fa, By.cssSelector("#contact-field-emails-0 input")).sendKeys("ali.rezaei@");
        Shell.await(fa, By.cssSelector("#contact-field-phones-0 input")).sendKeys("۰۹۱۲۳۴۵۶۷۸۹");
        press(fa, "contact-save");

        WebElement email = Shell.await(fa, By.id("contact-field-emails-0"));
        fa.waitFor("the bad email refused at its field", driver -> email.getDomAttribute("invalid") != null
                && email.getText().contains("ali.rezaei@") && email.getText().contains("نشانی رایانامه نیست") ? true : null);
        assertTrue(Shell.await(fa, By.id("contact-form-problems")).isDisplayed(), "no summary of the problem");
        assertEquals(lastName, fieldValue(fa, "#contact-field-lastName input"), "the typed name was lost");
        assertEquals("۰۹۱۲۳۴۵۶۷۸۹", fieldValue(fa, "#contact-field-phones-0 input"), "the typed phone was lost");
        fa.script("document.getElementById('contact-form').scrollIntoView()");
        fa.screenshot("contacts-form-fa");

        WebElement emailInput = Shell.await(fa, By.cssSelector("#contact-field-emails-0 input"));
        emailInput.clear();
        emailInput.sendKeys("ali.rezaei@example.ir");
        press(fa, "contact-save");
        WebElement name = Shell.await(fa, By.id("contact-name"));
        fa.waitFor("the new person's page", driver -> name.getText().contains(lastName) ? true : null);
        String personUrl = fa.driver().getCurrentUrl();
        assertTrue(personUrl.matches(".*/contacts/persons/\\d+"), personUrl);
        fa.waitFor("the phone in E.164", driver -> driver.findElement(By.cssSelector("[data-field='phones']"))
                .getText().contains("+989123456789") ? true : null);

        fa.open(node.uri("/contacts/persons"));
        Shell.await(fa, By.cssSelector("#contacts-search input")).sendKeys("علی " + lastName);
        fa.waitFor("one match, counted in Persian digits", driver -> driver.findElement(By.id("contacts-total"))
                .getText().equals("۱ نفر") ? true : null);
        fa.waitFor("the person found by the other spelling", driver -> driver.findElement(By.id("contacts-grid"))
                .getText().contains(lastName) ? true : null);
        // Selenium's clear() sends no input event, so the server would not hear of it: erase as a user does.
        Shell.await(fa, By.cssSelector("#contacts-search input")).sendKeys(Keys.chord(Keys.CONTROL, "a"),
                Keys.BACK_SPACE);
        fa.waitFor("the whole list again", driver -> !driver.findElement(By.id("contacts-total")).getText()
                .equals("۱ نفر") ? true : null);
        fa.waitFor("the seeded people listed", driver -> driver.findElement(By.id("contacts-grid")).getText()
                .contains("Baatar") ? true : null);
        assertEquals("rtl", Shell.htmlAttribute(fa, "dir"));
        fa.screenshot("contacts-list-fa");

        Shell.await(fa, By.cssSelector("#contacts-search input")).sendKeys(lastName);
        Shell.click(fa, By.xpath("//vaadin-grid-cell-content//a[contains(., '" + lastName + "')]"),
                Browser.DEFAULT_WAIT);
        fa.waitFor("the person's page from the list", driver -> driver.getCurrentUrl().equals(personUrl) ? true : null);
        press(fa, "contact-edit");
        Shell.await(fa, By.id("contact-form"));
        assertEquals("ali.rezaei@example.ir", fieldValue(fa, "#contact-field-emails-0 input"));
        WebElement changedEmail = Shell.await(fa, By.cssSelector("#contact-field-emails-0 input"));
        changedEmail.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        changedEmail.sendKeys("ali@example.ir");
        Shell.await(fa, By.cssSelector("#contact-field-leadSource input")).sendKeys("نمایشگاه");
        Shell.await(fa, By.cssSelector("#contact-field-tags input")).sendKeys("مشتری ویژه، تهران");
        press(fa, "contact-save");
        fa.waitFor("back on the person's page", driver -> driver.getCurrentUrl().equals(personUrl) ? true : null);
        fa.waitFor("the new lead source", driver -> driver.findElement(By.cssSelector("[data-field='leadSource']"))
                .getText().equals("نمایشگاه") ? true : null);
        assertEquals("تهران، مشتری ویژه", Shell.await(fa, By.cssSelector("[data-field='tags']")).getText());
        fa.screenshot("contacts-person-fa");
        press(fa, "contact-tab-history");
        WebElement history = Shell.await(fa, By.id("contact-history-grid"));
        fa.waitFor("the creation and the change in the history", driver -> {
            String text = history.getText();
            return text.contains("ساخته شد") && text.contains("تغییر کرد") && text.contains("رایانامه")
                    && text.contains("ali.rezaei@example.ir") && text.contains("ali@example.ir")
                    && text.contains("admin") ? true : null;
        });

        // The same person, in English, for someone reading the history.
        Shell.signIn(en, node);
        en.open(node.uri(personUrl.substring(personUrl.indexOf("/contacts/"))));
        en.waitFor("the person's page in English", driver -> driver.findElement(By.id("contact-name")).getText()
                .contains(lastName) ? true : null);
        press(en, "contact-tab-history");
        WebElement englishHistory = Shell.await(en, By.id("contact-history-grid"));
        en.waitFor("the history in English", driver -> {
            String text = englishHistory.getText();
            return text.contains("Created") && text.contains("Changed") && text.contains("Email")
                    && text.contains("ali.rezaei@example.ir → ali@example.ir") && text.contains("Web") ? true : null;
        });
        en.screenshot("contacts-person-history");
        en.open(node.uri("/contacts/persons"));
        en.waitFor("the list with a total", driver -> driver.findElement(By.id("contacts-total")).getText()
                .matches("\\d+ (person|people)") ? true : null);
        en.waitFor("the seeded people listed", driver -> driver.findElement(By.id("contacts-grid")).getText()
                .contains("Baatar") ? true : null);
        en.screenshot("contacts-list-en");

        en.open(node.uri("/"));
        WebElement card = Shell.await(en, Shell.widget("contacts.persons"));
        en.waitFor("the people card with its count and the person changed last", driver -> card.getText()
                .matches("(?s).*\\d+ (person|people).*") && card.getText().contains(lastName) ? true : null);
        Shell.await(en, By.cssSelector("#global-search input")).sendKeys("Baatar");
        en.waitFor("the person in the global search", driver -> driver.findElements(By.cssSelector(".search-hit"))
                .stream().anyMatch(hit -> hit.getText().contains("Baatar")) ? true : null);
    }

    @Test
    void organizationsHaveAListAFormAndAPageAndAMissingRecordIsNotFound(RapportNode node,
            @Language("en-US") Browser browser) throws Exception {
        String name = "Kavir Tiles " + ThreadLocalRandom.current().nextInt(100_000);
        Shell.signIn(browser, node);
        browser.open(node.uri("/contacts/organizations"));
        Shell.await(browser, By.id("contacts-organizations-list"));
        press(browser, "contacts-new");
        Shell.await(browser, By.cssSelector("#contact-field-name input")).sendKeys(name);
        Shell.await(browser, By.cssSelector("#contact-field-industry input")).sendKeys("Ceramics");
        Shell.await(browser, By.cssSelector("#contact-field-website input")).sendKeys("not a site");
        press(browser, "contact-save");
        WebElement website = Shell.await(browser, By.id("contact-field-website"));
        browser.waitFor("the bad web address refused at its field", driver -> website.getDomAttribute("invalid") != null
                ? true : null);
        WebElement websiteInput = Shell.await(browser, By.cssSelector("#contact-field-website input"));
        websiteInput.clear();
        websiteInput.sendKeys("kavir.example");
        press(browser, "contact-save");
        browser.waitFor("the organization's page", driver -> driver.findElement(By.id("contact-name")).getText()
                .equals(name) ? true : null);
        assertEquals("Ceramics", Shell.await(browser, By.cssSelector("[data-field='industry']")).getText());
        browser.screenshot("contacts-organization-en");

        // its people, on a tab of its page, with their role there
        String url = browser.driver().getCurrentUrl();
        long organization = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        for (String who : List.of("Leila", "Omid")) {
            new AdminApi(node).send("POST", "/api/contacts/persons", "{\"firstName\":\"" + who + "\",\"lastName\":\""
                    + name + "\",\"affiliations\":[{\"organizationId\":" + organization + ",\"role\":\"Buyer " + who
                    + "\"}]}");
        }
        browser.open(node.uri("/contacts/organizations/" + organization));
        Shell.await(browser, By.xpath("//vaadin-tab[normalize-space(.)='People']")).click();
        browser.waitForText("Buyer Omid");
        assertTrue(browser.text().contains("Leila " + name), browser.text());
        assertEquals("2 people", Shell.await(browser, By.id("organization-people-summary")).getText());
        browser.screenshot("contacts-organization-people-en");

        browser.open(node.uri("/contacts/organizations"));
        Shell.await(browser, By.cssSelector("#contacts-search input")).sendKeys(name);
        browser.waitFor("the organization in its list", driver -> driver.findElement(By.id("contacts-total")).getText()
                .equals("1 organization") ? true : null);
        Shell.await(browser, By.cssSelector("#contacts-search input")).sendKeys(" nothing-like-this");
        browser.waitFor("the no-match state", driver -> driver.findElement(By.id("contacts-empty")).getText()
                .contains("No organization matches") ? true : null);

        browser.open(node.uri("/contacts/persons/987654321"));
        assertNotNull(Shell.await(browser, By.id("contact-not-found")));
        browser.waitForText("No such person");
        browser.open(node.uri("/contacts/persons/987654321/edit"));
        browser.waitForText("No such person");
    }

    @Test
    void aChangeSomeoneElseSavedFirstIsReportedAndTheUserMayKeepTheirs(RapportNode node,
            @Language("en-US") Browser alice, @Language("en-US") Browser bob) throws Exception {
        long id = AdminApi.id(new AdminApi(node).send("POST", "/api/contacts/persons",
                "{\"firstName\":\"Nomin\",\"lastName\":\"Erdene\"}"));
        String form = "/contacts/persons/" + id + "/edit";
        Shell.signIn(alice, node);
        Shell.signIn(bob, node);
        alice.open(node.uri(form));
        bob.open(node.uri(form));
        Shell.await(alice, By.cssSelector("#contact-field-leadSource input")).sendKeys("Referral");
        Shell.await(bob, By.cssSelector("#contact-field-leadSource input")).sendKeys("Webinar");
        press(alice, "contact-save");
        alice.waitFor("Alice's change saved", driver -> driver.getCurrentUrl().endsWith("/contacts/persons/" + id)
                ? true : null);

        press(bob, "contact-save");
        WebElement conflict = Shell.await(bob, By.id("contact-conflict"));
        bob.waitFor("the conflict explained", driver -> conflict.isDisplayed()
                && conflict.getText().contains("Someone else changed this person") ? true : null);
        assertEquals("Webinar", fieldValue(bob, "#contact-field-leadSource input"), "Bob's typing was lost");
        press(bob, "contact-conflict-keep");
        press(bob, "contact-save");
        bob.waitFor("Bob's version saved over Alice's", driver -> driver.getCurrentUrl()
                .endsWith("/contacts/persons/" + id) && driver.findElement(By.cssSelector("[data-field='leadSource']"))
                        .getText().equals("Webinar") ? true : null);
    }

    @Test
    void arabicAndMongolianPagesAreTranslatedAndArabicIsMirrored(RapportNode node, @Language("ar") Browser ar,
            @Language("mn") Browser mn) {
        for (Browser browser : List.of(ar, mn)) {
            Shell.signIn(browser, node);
            for (String page : List.of("/contacts/persons", "/contacts/organizations", "/contacts/persons/new")) {
                browser.open(node.uri(page));
                Shell.await(browser, By.cssSelector("#contacts-persons-list, #contacts-organizations-list, #contact-form"));
                String text = browser.waitFor("the page's texts", driver -> {
                    String shown = browser.text();
                    return shown.contains("Rapport") ? shown : null;
                });
                assertTrue(!text.contains("contacts."), page + " in " + browser.language() + " shows a message key: "
                        + text);
                if (page.equals("/contacts/persons")) {
                    browser.screenshot("contacts-list-" + browser.language());
                }
            }
        }
        assertEquals("rtl", Shell.htmlAttribute(ar, "dir"));
        assertEquals("ltr", Shell.htmlAttribute(mn, "dir"));
    }

    @Test
    void aLongListScrollsPageByPageToItsEnd(RapportNode node, @Language("en-US") Browser browser) throws Exception {
        String tag = "scroll" + ThreadLocalRandom.current().nextInt(1_000_000);
        int count = 650;
        AdminApi api = new AdminApi(node);
        for (int i = 1; i <= count; i++) {
            api.send("POST", "/api/contacts/persons", String.format("{\"firstName\":\"Row\",\"lastName\":\"%s %04d\","
                    + "\"tags\":[\"%s\"]}", tag, i, tag));
        }
        Shell.signIn(browser, node);
        browser.open(node.uri("/contacts/persons"));
        Shell.await(browser, By.cssSelector("#contacts-search input")).sendKeys(tag);
        browser.waitFor("the tag's people counted", driver -> driver.findElement(By.id("contacts-total")).getText()
                .equals("650 people") ? true : null);
        WebElement grid = Shell.await(browser, By.id("contacts-grid"));
        browser.waitFor("the first page", driver -> grid.getText().contains(tag + " 0001") ? true : null);
        // Six keyset pages of 100 further down: the grid asks for rows by position, the page walks the cursors.
        browser.script("arguments[0].scrollToIndex(649)", grid);
        browser.waitFor("the last row, read through the cursors", driver -> grid.getText().contains(tag + " 0650")
                ? true : null);
        browser.script("arguments[0].scrollToIndex(320)", grid);
        browser.waitFor("a row in the middle", driver -> grid.getText().contains(tag + " 0321") ? true : null);
    }

    /** A few people over REST, so the lists look like a working day's. */
    private static void seedPeople(RapportNode node) throws Exception {
        AdminApi api = new AdminApi(node);
        List<String> people = List.of(
                "{\"firstName\":\"Sarnai\",\"lastName\":\"Baatar\",\"emails\":[{\"address\":\"sarnai@example.mn\"}],"
                        + "\"phones\":[{\"number\":\"+97699112233\"}],\"stage\":\"CUSTOMER\",\"tags\":[\"mining\"]}",
                "{\"firstName\":\"Maryam\",\"lastName\":\"Karimi\",\"emails\":[{\"address\":\"m.karimi@example.ir\"}],"
                        + "\"phones\":[{\"number\":\"+989121112233\"}],\"stage\":\"LEAD\",\"tags\":[\"expo\"]}",
                "{\"firstName\":\"Omar\",\"lastName\":\"Haddad\",\"emails\":[{\"address\":\"omar@example.sa\"}],"
                        + "\"stage\":\"PROSPECT\",\"tags\":[\"riyadh\",\"vip\"]}",
                "{\"firstName\":\"Jane\",\"lastName\":\"Cooper\",\"emails\":[{\"address\":\"jane@example.com\"}],"
                        + "\"phones\":[{\"number\":\"+14155550100\"}],\"stage\":\"FORMER\"}");
        for (String person : people) {
            api.send("POST", "/api/contacts/persons", person);
        }
    }

    /** Clicks a button after scrolling it into the middle of the view: forms are longer than the window. */
    private static void press(Browser browser, String id) {
        WebElement button = Shell.await(browser, By.id(id));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    private static String fieldValue(Browser browser, String css) {
        return (String) browser.script("return arguments[0].value", Shell.await(browser, By.cssSelector(css)));
    }

    static String persianWord(int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append(PERSIAN_LETTERS.charAt(ThreadLocalRandom.current().nextInt(PERSIAN_LETTERS.length())));
        }
        return word.toString();
    }
}
