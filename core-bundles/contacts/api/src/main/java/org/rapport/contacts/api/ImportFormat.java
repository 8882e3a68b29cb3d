package org.rapport.contacts.api;

import java.util.Locale;

/**
 * How an import file is written: CSV text, or an Excel workbook (.xlsx) of which one sheet holds the rows. A workbook
 * is turned into the job's CSV file when the job starts, so a job reads, resumes and reports its rows the same way
 * whatever was uploaded.
 *
 * @param type  {@link Type#CSV} or {@link Type#XLSX}
 * @param sheet for a workbook, the name of the sheet to read; {@code null} or blank reads the first sheet
 */
public record ImportFormat(Type type, String sheet) {

    /** The media type of an .xlsx workbook. */
    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** UTF-8 CSV text, a header row first. */
    public static final ImportFormat CSV = new ImportFormat(Type.CSV, null);

    public enum Type {
        CSV, XLSX
    }

    public ImportFormat {
        if (type == null) {
            throw new IllegalArgumentException("an import format needs a type");
        }
        sheet = type == Type.XLSX && sheet != null && !sheet.isBlank() ? sheet.strip() : null;
    }

    /** A workbook's sheet ({@code null} or blank: the first sheet). */
    public static ImportFormat xlsx(String sheet) {
        return new ImportFormat(Type.XLSX, sheet);
    }

    /** The format a file's name suggests: {@code .xlsx} is a workbook (that sheet), anything else CSV. */
    public static ImportFormat ofFileName(String fileName, String sheet) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? xlsx(sheet) : CSV;
    }
}
