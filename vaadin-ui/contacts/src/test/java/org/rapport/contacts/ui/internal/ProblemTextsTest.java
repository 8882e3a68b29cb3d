package org.rapport.contacts.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The refusals of a file the import wizard meets, as the contacts module words them, reach the user as texts of
 * their language: a rewording in the module that a pattern no longer matches would show English on a Persian page.
 */
class ProblemTextsTest {

    private static String translated(String moduleText) {
        return ProblemTexts.translate(new KeysInsteadOfTexts(), moduleText);
    }

    @Test
    void aRefusedFileIsExplainedInTheUsersLanguage() {
        assertEquals("contacts.error.file.empty", translated("The file is empty."));
        assertEquals("contacts.error.file.needsHeader(" + Texts.ltr("firstName,lastName,email,phone") + ")",
                translated("needs a header row naming the columns, e.g. firstName,lastName,email,phone"));
        assertEquals("contacts.error.file.notUtf8", translated("The file is not a UTF-8 CSV text file."));
        assertEquals("contacts.error.file.saveAsUtf8",
                translated("save it as \"CSV UTF-8 (comma delimited)\" and upload that"));
        assertEquals("contacts.error.file.unreadableCsv", translated("The file is not a CSV file that can be read."));
        assertEquals("contacts.error.file.xls",
                translated("The file is an Excel 97-2003 workbook (.xls), which cannot be read."));
        assertEquals("contacts.error.file.saveAsXlsxOrCsv",
                translated("save it as an Excel workbook (.xlsx) or as \"CSV UTF-8\" and upload that"));
        assertEquals("contacts.error.file.notXlsx", translated("The file is not an Excel workbook (.xlsx)."));
        assertEquals("contacts.error.file.uploadXlsx",
                translated("upload an .xlsx file, or send a CSV file as text/csv"));
        assertEquals("contacts.error.file.damaged",
                translated("The workbook (.xlsx) cannot be read; it may be damaged."));
        assertEquals("contacts.error.file.saveAgain(" + Texts.ltr("the sheet's XML ends early") + ")",
                translated("the sheet's XML ends early; open it in a spreadsheet program and save it again, or save"
                        + " it as \"CSV UTF-8\""));
        assertEquals("contacts.error.file.inflated",
                translated("The workbook (.xlsx) is refused: it would unpack far beyond its size."));
        assertEquals("contacts.error.file.saveAgainOrCsv(" + Texts.ltr("xl/sharedStrings.xml unpacks to 2 GB") + ")",
                translated("xl/sharedStrings.xml unpacks to 2 GB; save it again from a spreadsheet program, or as"
                        + " \"CSV UTF-8\""));
        assertEquals("contacts.error.file.noSheet(مخاطبان)", translated("The workbook has no sheet \"مخاطبان\"."));
        assertEquals("contacts.error.file.chooseSheet(یادداشت, مخاطبان)",
                translated("choose one of its sheets: یادداشت, مخاطبان"));
        assertEquals("contacts.error.file.xlsxAsCsv",
                translated("The file is an Excel workbook (.xlsx), not a UTF-8 CSV text file."));
        assertEquals("contacts.error.file.nameItXlsx", translated("send it as application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.sheet (or name it .xlsx), or save it as \"CSV UTF-8 (comma delimited)\""));
    }

    @Test
    void whatNoPatternKnowsIsShownAsTheModuleWordsIt() {
        assertEquals("The file is empty, mostly.", translated("The file is empty, mostly."));
        assertEquals("Unexpected end of quoted field at line 3", translated("Unexpected end of quoted field at line 3"));
    }
}
