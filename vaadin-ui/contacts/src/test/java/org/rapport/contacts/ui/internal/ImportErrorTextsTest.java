package org.rapport.contacts.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * An import's error file, as a Persian user downloads it, names each problem under the file's own column header and
 * in their language: the reasons below are worded as the contacts module words them.
 */
class ImportErrorTextsTest {

    private static final String SEPARATOR = "contacts.import.errorFile.separator";

    private static final Map<String, String> PERSIAN_FILE = Map.of(" نام ", "firstName", "ایمیل", "email",
            "تلفن همراه", "phone", "امتیاز", "custom.score", "قیمت", "custom.price", "شرکت", "");

    private static String reason(Map<String, String> mapping, String moduleReason) {
        return new ImportErrorTexts(new KeysInsteadOfTexts(), mapping).reason(moduleReason);
    }

    @Test
    void eachProblemIsNamedByTheFilesOwnColumnHeader() {
        assertEquals("ایمیل: contacts.error.email(" + Texts.ltr("ali@") + ")" + SEPARATOR
                + "تلفن همراه: contacts.error.phone(" + Texts.ltr("12ab") + ")",
                reason(PERSIAN_FILE, "email: 'ali@' is not an email address; phone: '12ab' is not a phone number:"
                        + " write it with + and the country code"));
        assertEquals("امتیاز: contacts.error.number(" + Texts.ltr("بیست") + ")",
                reason(PERSIAN_FILE, "custom.score: 'بیست' is not a number (write e.g. 1234.5)"));
        assertEquals("ایمیل: contacts.error.keyEmpty",
                reason(PERSIAN_FILE, "email: is empty, and it is the key rows are matched on"));
    }

    @Test
    void aSemicolonInsideAProblemDoesNotSplitIt() {
        assertEquals("قیمت: contacts.error.currency(" + Texts.ltr("XX") + ")",
                reason(PERSIAN_FILE, "custom.price: an ISO 4217 code such as IRR, SAR, MNT or EUR; got 'XX'"));
        assertEquals("contacts.error.row.database",
                reason(PERSIAN_FILE, "the database refused this row; the log has the details"));
    }

    @Test
    void aFieldNoColumnFilledIsNamedByItsTitleAndHeadersThatAreFieldNamesStay() {
        assertEquals("contacts.import.field.lastName: contacts.error.tooLong(200)",
                reason(PERSIAN_FILE, "lastName: at most 200 characters"));
        assertEquals("stage: contacts.error.choice(won|lead, prospect, customer, former)",
                reason(Map.of(), "stage: 'won' is not one of lead, prospect, customer, former"));
    }

    @Test
    void aRowThatCannotBeReadIsExplained() {
        assertEquals("contacts.error.row.cells(9|7)", reason(PERSIAN_FILE, "the row has 9 cells, the header names 7"));
        assertEquals("contacts.error.row.notUtf8", reason(PERSIAN_FILE, "the row is not UTF-8 text (some letters cannot"
                + " be read): save the file as \"CSV UTF-8 (comma delimited)\" and import it again"));
        assertEquals("contacts.error.row.csv(" + Texts.ltr("Unterminated quoted field at end of CSV line") + ")",
                reason(PERSIAN_FILE, "the row cannot be read as CSV: Unterminated quoted field at end of CSV line"));
        assertEquals("contacts.error.row.notYours.person(contacts.import.field.email)",
                reason(PERSIAN_FILE, "A person with this email exists that you may not change."));
    }

    @Test
    void whatNoPatternKnowsKeepsTheModulesWords() {
        assertEquals("ایمیل: a new rule the UI does not know yet",
                reason(PERSIAN_FILE, "email: a new rule the UI does not know yet"));
        assertEquals("Something else went wrong.", reason(PERSIAN_FILE, "Something else went wrong."));
    }

    @Test
    void theFilesColumnsHaveTitlesInTheUsersLanguage() {
        assertEquals(List.of("contacts.import.errorFile.row", "contacts.import.errorFile.reason",
                "contacts.import.errorFile.line"), new ImportErrorTexts(new KeysInsteadOfTexts(), Map.of()).header());
    }

    @Test
    void whyAWholeImportStoppedIsExplained() {
        KeysInsteadOfTexts keys = new KeysInsteadOfTexts();
        assertEquals("contacts.error.job.unexpected", ProblemTexts.translate(keys, "The import stopped on an"
                + " unexpected error; the rows before the one it stopped at are saved. Details are in the log."));
        assertEquals("contacts.error.job.fileGone(" + Texts.ltr("/opt/rapport/data/imports") + ")",
                ProblemTexts.translate(keys, "The uploaded file is gone from /opt/rapport/data/imports; start the"
                        + " import again."));
        assertEquals("contacts.error.job.notAllowed(sara)", ProblemTexts.translate(keys, "sara may no longer import"
                + " person records (inactive, or the import permission was taken away); the rows before were saved."));
    }
}
