package org.rapport.contacts.ui.internal;

import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Component;

/**
 * The contacts module words its field errors in English only (they are also its REST answers). The ones a user
 * meets while typing are shown in the user's language here; any other message, or a rewording in the module, falls
 * back to the module's own text, so nothing is ever hidden.
 */
final class ProblemTexts {

    private record Known(Pattern pattern, BiFunction<Component, Matcher, String> text) {
    }

    private static final List<Known> KNOWN = List.of(
            known("'(.*)' is not an email address", (c, m) -> c.getTranslation("contacts.error.email", Texts.ltr(m.group(1)))),
            known("'(.*)' is not a phone number.*", (c, m) -> c.getTranslation("contacts.error.phone", Texts.ltr(m.group(1)))),
            known("'(.*)' is not a web address", (c, m) -> c.getTranslation("contacts.error.website", Texts.ltr(m.group(1)))),
            known("there is no user (\\d{1,18})", (c, m) -> c.getTranslation("contacts.owners.noUser", Long.parseLong(m.group(1)))),
            known("there is no team (\\d{1,18})", (c, m) -> c.getTranslation("contacts.owners.noTeam", Long.parseLong(m.group(1)))),
            known("must not be blank", (c, m) -> c.getTranslation("contacts.error.blank")),
            known("at most (\\d{1,9}) characters",
                    (c, m) -> c.getTranslation("contacts.error.tooLong", Integer.parseInt(m.group(1)))),
            known("at most (\\d{1,9}) entries",
                    (c, m) -> c.getTranslation("contacts.error.tooMany", Integer.parseInt(m.group(1)))),
            known("a person needs a first or last name", (c, m) -> c.getTranslation("contacts.error.personName")),
            known("required", (c, m) -> c.getTranslation("contacts.error.required")),
            known("a positive amount, e\\.g\\. .*", (c, m) -> c.getTranslation("contacts.error.amount")),
            known("at most 15 digits before and 4 after the point", (c, m) -> c.getTranslation("contacts.error.amountDigits")),
            known("must be more than 0", (c, m) -> c.getTranslation("contacts.error.positive")),
            known("an ISO 4217 code such as .*; got '(.*)'",
                    (c, m) -> c.getTranslation("contacts.error.currency", Texts.ltr(m.group(1)))),
            known("a segment needs a name", (c, m) -> c.getTranslation("contacts.error.segmentName")),
            known("a segment filters by at least one of text, stage and tag",
                    (c, m) -> c.getTranslation("contacts.error.segmentFilter")),
            known("'(.*)' exists", (c, m) -> c.getTranslation("contacts.error.segmentNameTaken", m.group(1))),
            known("an organization needs a name", (c, m) -> c.getTranslation("contacts.error.organizationName")),
            known("Attachments may be at most (\\d{1,18}) bytes.*",
                    (c, m) -> c.getTranslation("contacts.attachments.tooBig", AttachmentsPanel.size(c, Long.parseLong(m.group(1))))),
            known("You may not .* that needs the permission ([a-z.]+)\\.",
                    (c, m) -> c.getTranslation("contacts.error.forbidden", m.group(1))),
            known("There is no (person|organization|attachment) \\d+\\.", (c, m) -> c.getTranslation("contacts.error.gone")),
            known("The (person|organization) \\d+ was changed by someone else.*",
                    (c, m) -> c.getTranslation("contacts.error.changed")),
            known("Person \\d+ was erased on request: the record is kept .*",
                    (c, m) -> c.getTranslation("contacts.form.erased")),
            known("Merging removes one of the two people: that needs the permission .*",
                    (c, m) -> c.getTranslation("contacts.merge.notAllowed")),
            known("You may not change these fields of an? (person|organization): (.*)\\.",
                    (c, m) -> c.getTranslation("contacts.error.fieldsLocked", fieldTitles(c, m.group(1), m.group(2)))),
            // a file the import refuses, and how to mend it
            known("The file is empty\\.", (c, m) -> c.getTranslation("contacts.error.file.empty")),
            known("needs a header row naming the columns, e\\.g\\. (.*)",
                    (c, m) -> c.getTranslation("contacts.error.file.needsHeader", Texts.ltr(m.group(1)))),
            known("The file is not a UTF-8 CSV text file\\.", (c, m) -> c.getTranslation("contacts.error.file.notUtf8")),
            known("save it as \"CSV UTF-8 \\(comma delimited\\)\" and upload that",
                    (c, m) -> c.getTranslation("contacts.error.file.saveAsUtf8")),
            known("The file is not a CSV file that can be read\\.",
                    (c, m) -> c.getTranslation("contacts.error.file.unreadableCsv")),
            known("The file is an Excel 97-2003 workbook \\(\\.xls\\), which cannot be read\\.",
                    (c, m) -> c.getTranslation("contacts.error.file.xls")),
            known("save it as an Excel workbook \\(\\.xlsx\\) or as \"CSV UTF-8\" and upload that",
                    (c, m) -> c.getTranslation("contacts.error.file.saveAsXlsxOrCsv")),
            known("The file is not an Excel workbook \\(\\.xlsx\\)\\.", (c, m) -> c.getTranslation("contacts.error.file.notXlsx")),
            known("upload an \\.xlsx file, or send a CSV file as text/csv",
                    (c, m) -> c.getTranslation("contacts.error.file.uploadXlsx")),
            known("The workbook \\(\\.xlsx\\) cannot be read; it may be damaged\\.",
                    (c, m) -> c.getTranslation("contacts.error.file.damaged")),
            known("(.*); open it in a spreadsheet program and save it again, or save it as \"CSV UTF-8\"",
                    (c, m) -> c.getTranslation("contacts.error.file.saveAgain", Texts.ltr(m.group(1)))),
            known("The workbook \\(\\.xlsx\\) is refused: it would unpack far beyond its size\\.",
                    (c, m) -> c.getTranslation("contacts.error.file.inflated")),
            known("(.*); save it again from a spreadsheet program, or as \"CSV UTF-8\"",
                    (c, m) -> c.getTranslation("contacts.error.file.saveAgainOrCsv", Texts.ltr(m.group(1)))),
            known("The workbook has no sheet \"(.*)\"\\.", (c, m) -> c.getTranslation("contacts.error.file.noSheet", m.group(1))),
            known("choose one of its sheets: (.*)", (c, m) -> c.getTranslation("contacts.error.file.chooseSheet", m.group(1))),
            known("The file is an Excel workbook \\(\\.xlsx\\), not a UTF-8 CSV text file\\.",
                    (c, m) -> c.getTranslation("contacts.error.file.xlsxAsCsv")),
            known("send it as .* \\(or name it \\.xlsx\\), or save it as \"CSV UTF-8 \\(comma delimited\\)\"",
                    (c, m) -> c.getTranslation("contacts.error.file.nameItXlsx")),
            // a row an import refuses (its error file), and a cell of it
            known("is empty, and it is the key rows are matched on", (c, m) -> c.getTranslation("contacts.error.keyEmpty")),
            known("'(.*)' is not one of (.*)", (c, m) -> c.getTranslation("contacts.error.choice", m.group(1), m.group(2))),
            known("'(.*)' is not a number \\(write e\\.g\\. 1234\\.5\\)",
                    (c, m) -> c.getTranslation("contacts.error.number", Texts.ltr(m.group(1)))),
            known("'(.*)' is not a date \\(write it as 2026-01-31\\)",
                    (c, m) -> c.getTranslation("contacts.error.date", Texts.ltr(m.group(1)))),
            known("'(.*)' is not true or false", (c, m) -> c.getTranslation("contacts.error.boolean", m.group(1))),
            known("an amount and a currency, e\\.g\\. 12\\.50 EUR", (c, m) -> c.getTranslation("contacts.error.moneyText")),
            known("at most 15 digits before the point and 4 after", (c, m) -> c.getTranslation("contacts.error.amountDigits")),
            known("at most (\\d{1,9}) tags", (c, m) -> c.getTranslation("contacts.error.tooManyTags", Integer.parseInt(m.group(1)))),
            known("the row has (\\d{1,9}) cells, the header names (\\d{1,9})", (c, m) -> c.getTranslation(
                    "contacts.error.row.cells", Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))),
            known("the row is not UTF-8 text \\(some letters cannot be read\\): save the file as \"CSV UTF-8 \\(comma"
                    + " delimited\\)\" and import it again", (c, m) -> c.getTranslation("contacts.error.row.notUtf8")),
            known("the row cannot be read as CSV: (.*)",
                    (c, m) -> c.getTranslation("contacts.error.row.csv", Texts.ltr(m.group(1)))),
            known("the database refused this row; the log has the details",
                    (c, m) -> c.getTranslation("contacts.error.row.database")),
            known("An? (person|organization) with this (\\w+) exists that you may not change\\.",
                    (c, m) -> c.getTranslation("contacts.error.row.notYours." + m.group(1),
                            ImportMapping.fieldLabel(c, m.group(2)))),
            // why a whole import stopped
            known("The import stopped on an unexpected error; the rows before the one it stopped at are saved\\..*",
                    (c, m) -> c.getTranslation("contacts.error.job.unexpected")),
            known("The uploaded file is gone from (.*); start the import again\\.",
                    (c, m) -> c.getTranslation("contacts.error.job.fileGone", Texts.ltr(m.group(1)))),
            known("(\\S+) may no longer import (person|organization) records .*; the rows before were saved\\.",
                    (c, m) -> c.getTranslation("contacts.error.job.notAllowed", m.group(1))));

    private ProblemTexts() {
    }

    private static Known known(String regex, BiFunction<Component, Matcher, String> text) {
        return new Known(Pattern.compile(regex, Pattern.DOTALL), text);
    }

    /** "notes, emails" as the user knows them, in their language and with its list separator. */
    private static String fieldTitles(Component component, String noun, String fields) {
        ContactKind kind = noun.equals("person") ? ContactKind.PERSON : ContactKind.ORGANIZATION;
        List<String> titles = java.util.Arrays.stream(fields.split(",\\s*"))
                .map(field -> kind.fields.contains(field) ? component.getTranslation(kind.fieldKey(field)) : field)
                .toList();
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return Texts.joinList(ui == null ? null : ui.getLocale(), titles);
    }

    static String translate(Component component, String message) {
        for (Known known : KNOWN) {
            Matcher matcher = known.pattern().matcher(message);
            if (matcher.matches()) {
                return known.text().apply(component, matcher);
            }
        }
        return message;
    }
}
