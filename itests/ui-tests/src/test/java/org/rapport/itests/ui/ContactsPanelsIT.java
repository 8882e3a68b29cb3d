package org.rapport.itests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.ULocale;

/**
 * The contacts panels a sales team needs besides the fields: exports of a filtered list (exactly the people it shows,
 * CSV and vCard, named by date), a record's attachments (uploaded, listed, downloaded, refused past the limit,
 * deleted after a confirmation), a person's consents (a grant with its source shows at once), the GDPR archive and
 * erasure (which needs the name typed and leaves the record nameless, shown as an erased person in the user's
 * language, with the day of the erasure in the user's calendar); and a rep without those permissions is not offered them.
 */
@RapportUiTest
class ContactsPanelsIT {

    private static final Duration WITHIN = Duration.ofSeconds(20);
    private static final Pattern ERASED_AT = Pattern.compile("\"erasedAt\"\\s*:\\s*\"([^\"]+)\"");

    @Test
    void anExportOfAFilteredListHoldsExactlyThePeopleItShows(RapportNode node, @Language("en-US") Browser browser)
            throws Exception {
        String word = "Xport" + suffix();
        AdminApi api = new AdminApi(node);
        for (String first : List.of("Anu", "Bat", "Chimeg")) {
            api.send("POST", "/api/contacts/persons", "{\"firstName\":\"" + first + "\",\"lastName\":\"" + word
                    + "\",\"emails\":[{\"address\":\"" + first.toLowerCase() + "@" + word.toLowerCase() + ".example\"}]}");
        }
        // shares the word's start but is not matched by the whole word
        api.send("POST", "/api/contacts/persons", "{\"firstName\":\"Decoy\",\"lastName\":\"" + word.substring(0, 5)
                + "\"}");
        Shell.signIn(browser, node);
        browser.open(node.uri("/contacts/persons"));
        Shell.await(browser, By.cssSelector("#contacts-search input")).sendKeys(word);
        browser.waitFor("the filtered list", driver -> driver.findElement(By.id("contacts-total")).getText()
                .equals("3 people") ? true : null);

        Download csv = Download.of(browser, Shell.await(browser, By.id("contacts-export-csv")));
        assertEquals(200, csv.status(), csv.text());
        assertTrue(csv.hasDownloadAttribute(), "the export link does not download");
        assertTrue(csv.disposition().contains("people-" + LocalDate.now() + ".csv"), csv.disposition());
        List<String> lines = Arrays.stream(csv.text().strip().split("\r?\n")).toList();
        assertEquals(4, lines.size(), csv.text());
        // marked as UTF-8 (a byte order mark) for spreadsheet programs, which otherwise read a CSV in the system's
        // code page and garble every non-Latin letter
        assertTrue(csv.firstBytes().startsWith("efbbbf"), csv.firstBytes());
        assertTrue(lines.get(0).startsWith("\"id\",\"firstName\",\"lastName\""), lines.get(0));
        for (String first : List.of("Anu", "Bat", "Chimeg")) {
            assertTrue(lines.stream().anyMatch(line -> line.contains("\"" + first + "\",\"" + word + "\"")),
                    first + " missing: " + csv.text());
        }
        assertFalse(csv.text().contains("Decoy"), "a person the list does not show was exported");

        Download cards = Download.of(browser, Shell.await(browser, By.id("contacts-export-vcard")));
        assertEquals(200, cards.status(), cards.text());
        assertTrue(cards.disposition().contains("people-" + LocalDate.now() + ".vcf"), cards.disposition());
        assertEquals(3, cards.text().split("BEGIN:VCARD").length - 1, cards.text());
        assertTrue(cards.text().contains("FN:Chimeg " + word), cards.text());
        browser.screenshot("contacts-list-export-en");

        // the organizations list exports its own records
        browser.open(node.uri("/contacts/organizations"));
        Download organizations = Download.of(browser, Shell.await(browser, By.id("contacts-export-csv")));
        assertEquals(200, organizations.status(), organizations.text());
        assertTrue(organizations.disposition().contains("organizations-" + LocalDate.now() + ".csv"),
                organizations.disposition());
        assertTrue(browser.driver().findElements(By.id("contacts-export-vcard")).isEmpty(), "vCards of organizations");
    }

    @Test
    void attachmentsAreUploadedListedDownloadedRefusedPastTheLimitAndDeleted(RapportNode node,
            @Language("en-US") Browser browser) throws Exception {
        long id = person(node, "Oyun", "Files" + suffix());
        Path folder = Files.createTempDirectory("attachments");
        Path note = folder.resolve("meeting notes.txt");
        String content = "Met on 27.11., wants a quote for 40 seats. " + UUID.randomUUID();
        Files.writeString(note, content);
        Shell.signIn(browser, node);
        browser.open(node.uri("/contacts/persons/" + id));
        tab(browser, "Attachments");
        WebElement limit = Shell.await(browser, By.id("contact-attachments-limit"));
        assertEquals("Each file may be at most 10 MB.", limit.getText());
        Shell.await(browser, By.id("contact-attachments-empty"));

        upload(browser, note);
        WebElement grid = Shell.await(browser, By.id("contact-attachments-grid"));
        browser.waitFor("the file listed with its size and type", driver -> grid.getText().contains("meeting notes.txt")
                && grid.getText().contains(content.length() + " B") && grid.getText().contains("text/plain") ? true
                : null);
        Download file = Download.of(browser, Shell.await(browser, By.xpath(
                "//a[@data-attachment and normalize-space(.)='meeting notes.txt']")));
        assertEquals(200, file.status(), file.text());
        assertEquals(content, file.text());
        assertTrue(file.disposition().contains("meeting notes.txt"), file.disposition());

        Path large = folder.resolve("scan.pdf");
        Files.write(large, new byte[10 * 1024 * 1024 + 1]);
        upload(browser, large);
        WebElement problem = Shell.await(browser, By.id("contact-attachments-problem"));
        browser.waitFor("the large file refused with the limit", driver -> problem.getText()
                .equals("The file is larger than the 10 MB allowed; choose a smaller file.") ? true : null);
        assertFalse(grid.getText().contains("scan.pdf"), "the refused file is listed");
        browser.screenshot("contacts-person-attachment-refused-en");

        Shell.click(browser, By.cssSelector("[data-delete-attachment]"), WITHIN);
        Shell.click(browser, ModulesPageIT.CONFIRM, WITHIN);
        Shell.await(browser, By.id("contact-attachments-empty"));
        browser.waitFor("the list empty again", driver -> driver.findElement(By.id("contact-attachments-empty"))
                .isDisplayed() ? true : null);
        assertFalse(grid.isDisplayed() && grid.getText().contains("meeting notes.txt"), "the deleted file is listed");
        // file names are isolated in sentences (U+2068 … U+2069), so they keep their direction in any language
        assertTrue(Shell.notices(browser).stream().map(text -> text.replaceAll("[\u2066-\u2069]", ""))
                .anyMatch("“meeting notes.txt” is deleted."::equals), Shell.notices(browser).toString());
    }

    @Test
    void aGrantedConsentShowsInTheTabWithItsSourceAndInTheHistory(RapportNode node, @Language("fa") Browser fa)
            throws Exception {
        long id = person(node, "سارا", "محمدی" + suffix());
        Shell.signIn(fa, node);
        fa.open(node.uri("/contacts/persons/" + id));
        tab(fa, "رضایت‌ها");
        WebElement email = Shell.await(fa, By.id("consent-EMAIL"));
        assertEquals("none", email.getAttribute("data-consent-state"));
        Shell.click(fa, By.id("consent-grant-EMAIL"), WITHIN);
        Shell.await(fa, By.id("consent-save")).click();
        fa.waitFor("a grant without its source refused", driver -> driver.findElement(By.id("consent-source"))
                .getDomAttribute("invalid") != null ? true : null);
        Shell.await(fa, By.cssSelector("#consent-source input")).sendKeys("فرم وب /خبرنامه");
        Shell.await(fa, By.id("consent-save")).click();
        fa.waitFor("the email consent granted", driver -> {
            WebElement row = driver.findElement(By.id("consent-EMAIL"));
            return "granted".equals(row.getAttribute("data-consent-state")) && row.getText().contains("داده شده")
                    && row.getText().contains("فرم وب /خبرنامه") && row.getText().contains("admin") ? true : null;
        });
        assertEquals("none", Shell.await(fa, By.id("consent-SMS")).getAttribute("data-consent-state"));
        WebElement history = Shell.await(fa, By.id("consent-history-grid"));
        fa.waitFor("the grant in the history", driver -> history.getText().contains("فرم وب /خبرنامه")
                && history.getText().contains("رایانامه") ? true : null);
        assertEquals("rtl", Shell.htmlAttribute(fa, "dir"));
        fa.screenshot("contacts-person-consent-granted-fa");
    }

    @Test
    void theArchiveIsAZipAndErasureNeedsTheNameAndClearsIt(RapportNode node, @Language("en-US") Browser browser,
            @Language("fa") Browser fa) throws Exception {
        String last = "Erasable" + suffix();
        long id = person(node, "Temuulen", last);
        Shell.signIn(browser, node);
        browser.open(node.uri("/contacts/persons/" + id));
        browser.waitFor("the person's page", driver -> driver.findElement(By.id("contact-name")).getText()
                .equals("Temuulen " + last) ? true : null);
        Download archive = Download.of(browser, Shell.await(browser, By.id("contact-privacy-export")));
        assertEquals(200, archive.status(), archive.text());
        assertEquals("504b0304", archive.firstBytes(), "not a ZIP file");
        assertTrue(archive.disposition().contains("person-" + id + "-archive-"), archive.disposition());
        // a colleague has the person's form open while they are erased
        Shell.signIn(fa, node);
        fa.open(node.uri("/contacts/persons/" + id + "/edit"));
        Shell.await(fa, By.id("contact-form"));

        Shell.click(browser, By.id("contact-erase"), WITHIN);
        WebElement confirm = Shell.await(browser, By.id("contact-erase-confirm"));
        browser.waitForText("This cannot be undone.");
        // a vaadin-button is no form control: Selenium's isEnabled() does not see its disabled attribute
        assertTrue(confirm.getAttribute("disabled") != null, "erasure offered before the name is typed");
        WebElement typed = Shell.await(browser, By.cssSelector("#contact-erase-name input"));
        typed.sendKeys("Temuulen");
        assertTrue(confirm.getAttribute("disabled") != null, "erasure offered for part of the name");
        typed.sendKeys(" " + last);
        browser.waitFor("erasure offered once the name is typed", driver -> confirm.getAttribute("disabled") == null
                ? true : null);
        browser.screenshot("contacts-person-erase-en");
        confirm.click();
        browser.waitFor("the erased record shown", driver -> driver.findElement(By.id("contact-name")).getText()
                .equals("Erased person") ? true : null);
        // the dialog, which names the person, fades out after the page changed
        browser.waitFor("the erased name gone from the page", driver -> browser.text().contains(last) ? null : true);
        assertFalse(browser.driver().getTitle().contains(last), "the erased name is still the page's title");
        browser.open(node.uri("/contacts/persons/" + id));
        assertEquals("Erased person", Shell.await(browser, By.id("contact-name")).getText());
        assertTrue(browser.driver().getTitle().contains("Erased person"), browser.driver().getTitle());
        // when, on the day the record holds, in the user's calendar and digits
        Matcher stored = ERASED_AT.matcher(new AdminApi(node).send("GET", "/api/contacts/persons/" + id, ""));
        assertTrue(stored.find(), "no erasedAt in the record");
        Date erasedAt = Date.from(Instant.parse(stored.group(1)));
        assertEquals("Personal data erased on request on " + DateFormat.getDateInstance(DateFormat.MEDIUM,
                ULocale.US).format(erasedAt), Shell.await(browser, By.id("contact-erased-on")).getText());
        assertTrue(browser.driver().findElements(By.id("contact-tab-duplicates")).isEmpty(),
                "an erased person is never merged, so no possible duplicates are offered");
        assertTrue(browser.driver().findElements(By.id("contact-edit")).isEmpty(),
                "an erased person is not filled in again, so there is no Edit");
        assertTrue(browser.driver().findElements(By.id("contact-erase")).isEmpty(), "erasure offered twice");
        Shell.await(browser, By.id("contact-privacy-export"));
        browser.open(node.uri("/contacts/persons/" + id + "/edit"));
        assertTrue(Shell.await(browser, By.id("contact-form-erased")).getText().startsWith(
                "This person's data was erased on request."), "the edit page by its address says why it is refused");
        assertTrue(browser.driver().findElements(By.id("contact-save")).isEmpty(),
                "the edit page still offers to save an erased person");

        // the colleague's save is refused in their language, not in the module's English
        Shell.click(fa, By.id("contact-save"), WITHIN);
        WebElement refusal = Shell.await(fa, By.id("contact-form-problems"));
        fa.waitFor("the refusal in Persian", driver -> refusal.isDisplayed() && refusal.getText().startsWith(
                "داده‌های این شخص به درخواست پاک‌سازی شده است.") ? true : null);
        assertFalse(new AdminApi(node).send("GET", "/api/contacts/persons/" + id, "").contains("Temuulen"),
                "the erased person was filled in again");

        // the stored placeholder is the same in every language; a Persian user reads "erased person" in Persian
        fa.open(node.uri("/contacts/persons/" + id));
        fa.waitFor("the erased record in Persian", driver -> driver.findElement(By.id("contact-name")).getText()
                .equals("شخص پاک‌سازی‌شده") ? true : null);
        assertEquals("rtl", Shell.htmlAttribute(fa, "dir"));
        assertFalse(fa.text().contains("Erased"), "the English placeholder shows on the Persian page");
        String persianDay = DateFormat.getDateInstance(DateFormat.MEDIUM, new ULocale("fa@calendar=persian"))
                .format(erasedAt);
        assertTrue(persianDay.matches(".*[۰-۹]{4}.*"), "not a Persian-digit year: " + persianDay);
        assertEquals("داده‌های شخصی به درخواست، در " + persianDay + " پاک‌سازی شد",
                Shell.await(fa, By.id("contact-erased-on")).getText());
        fa.screenshot("contacts-person-erased-fa");
        // the people changed last (the dashboard's card) name them the same way, linked to the record
        fa.open(node.uri("/"));
        WebElement card = Shell.await(fa, Shell.widget("contacts.persons"));
        fa.waitFor("the erased person in the people card", driver -> card.findElements(By.cssSelector(
                "a[href$='contacts/persons/" + id + "']")).stream().anyMatch(link -> link.getText()
                        .equals("شخص پاک‌سازی‌شده")) ? true : null);
    }

    @Test
    void aRepWhoMayOnlyReadIsOfferedNoneOfIt(RapportNode node, @Language("en-US") Browser rep) throws Exception {
        String suffix = suffix().toLowerCase();
        String role = "reader" + suffix;
        AdminApi api = new AdminApi(node);
        api.send("POST", "/api/identity/roles", "{\"name\":\"" + role + "\",\"title\":\"Reader\"}");
        api.send("PUT", "/api/identity/roles/" + role + "/permissions/contacts.person.read", "");
        api.send("PUT", "/api/identity/roles/" + role + "/permissions/contacts.organization.read", "");
        String password = "a long enough reader password " + suffix;
        long reader = AdminApi.id(api.send("POST", "/api/identity/users", "{\"username\":\"" + role
                + "\",\"displayName\":\"Reader\",\"password\":\"" + password + "\",\"roles\":[\"" + role + "\"]}"));
        long id = person(node, "Public", "Reader" + suffix);
        // people are private by default: share this one with the reader
        api.send("POST", "/api/contacts/persons/" + id + "/shares", "{\"userId\":" + reader + ",\"level\":\"READ\"}");

        Shell.signIn(rep, node, role, password);
        Shell.await(rep, Shell.HOME);
        rep.open(node.uri("/contacts/persons"));
        Shell.await(rep, By.id("contacts-grid"));
        assertTrue(rep.driver().findElements(By.id("contacts-export-csv")).isEmpty(), "CSV export without permission");
        assertTrue(rep.driver().findElements(By.id("contacts-export-vcard")).isEmpty(), "vCards without permission");
        rep.open(node.uri("/contacts/persons/" + id));
        Shell.await(rep, By.id("contact-name"));
        assertTrue(rep.driver().findElements(By.id("contact-privacy-export")).isEmpty(), "archive without permission");
        assertTrue(rep.driver().findElements(By.id("contact-erase")).isEmpty(), "erasure without permission");
        tab(rep, "Attachments");
        Shell.await(rep, By.id("contact-attachments"));
        assertTrue(rep.driver().findElements(By.id("contact-attachments-upload")).isEmpty(), "upload without write");
        tab(rep, "Consents");
        Shell.await(rep, By.id("consent-EMAIL"));
        assertTrue(rep.driver().findElements(By.id("consent-grant-EMAIL")).isEmpty(), "consent without write");
    }

    @Test
    void thePersonsTabsInEnglishAndPersian(RapportNode node, @Language("en-US") Browser en,
            @Language("fa") Browser fa) throws Exception {
        long id = person(node, "نرگس", "کریمی");
        AdminApi api = new AdminApi(node);
        api.send("POST", "/api/contacts/persons/" + id + "/consents", "{\"channel\":\"SMS\",\"granted\":true,"
                + "\"source\":\"نمایشگاه تهران\"}");
        for (Browser browser : List.of(en, fa)) {
            String language = browser == en ? "en" : "fa";
            Shell.signIn(browser, node);
            browser.open(node.uri("/contacts/persons/" + id));
            Shell.await(browser, By.id("contact-name"));
            Path note = Files.createTempFile("quote", ".txt");
            Files.writeString(note, "پیش‌فاکتور ۴۰ صندلی", StandardCharsets.UTF_8);
            Path named = note.resolveSibling(language.equals("fa") ? "پیش‌فاکتور.txt" : "quote.txt");
            Files.move(note, named, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            tab(browser, language.equals("fa") ? "پیوست‌ها" : "Attachments");
            upload(browser, named);
            WebElement grid = Shell.await(browser, By.id("contact-attachments-grid"));
            browser.waitFor("the file listed", driver -> grid.getText().contains(named.getFileName().toString())
                    ? true : null);
            browser.screenshot("contacts-person-attachments-" + language);
            tab(browser, language.equals("fa") ? "رضایت‌ها" : "Consents");
            WebElement sms = Shell.await(browser, By.id("consent-SMS"));
            browser.waitFor("the SMS consent", driver -> "granted".equals(sms.getAttribute("data-consent-state"))
                    ? true : null);
            browser.screenshot("contacts-person-consents-" + language);
        }
    }

    private static void tab(Browser browser, String title) {
        Shell.click(browser, By.xpath("//vaadin-tab[normalize-space(.)='" + title + "']"), WITHIN);
    }

    private static void upload(Browser browser, Path file) {
        WebElement upload = Shell.await(browser, By.id("contact-attachments-upload"));
        WebElement input = (WebElement) browser.script("return arguments[0].shadowRoot.querySelector('input[type=file]')"
                + " || arguments[0].querySelector('input[type=file]')", upload);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private static long person(RapportNode node, String first, String last) throws Exception {
        return AdminApi.id(new AdminApi(node).send("POST", "/api/contacts/persons", "{\"firstName\":\"" + first
                + "\",\"lastName\":\"" + last + "\"}"));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    }
}
