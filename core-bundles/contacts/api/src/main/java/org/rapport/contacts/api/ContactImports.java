package org.rapport.contacts.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * CSV imports of people and organizations, run as background jobs that survive a restart and resume where they
 * stopped without creating anything twice. Either the file's header names the fields ({@code firstName,lastName,
 * email,phone} and the rest of {@link #PERSON_COLUMNS}), or a column mapping says which column is which field
 * ({@link #preview} suggests one); rows are matched to existing records by a natural key and update them (upsert).
 * Jobs run with the rights of the caller who started them, as they are when each batch runs.
 */
@ProviderType
public interface ContactImports {

    /** The columns a person file may have; {@code tags} holds tags separated by {@code ;}. */
    List<String> PERSON_COLUMNS = List.of("firstName", "lastName", "email", "phone", "website", "tags", "leadSource",
            "stage", "notes", "externalId", "organization", "role");

    /** The columns an organization file may have. */
    List<String> ORGANIZATION_COLUMNS = List.of("name", "industry", "email", "phone", "website", "tags", "leadSource",
            "stage", "notes", "externalId");

    /** The natural keys rows may be matched on. */
    List<String> KEYS = List.of("email", "phone", "externalId");

    /**
     * Stores the file and queues the job. The header is checked now: an unknown column, a missing key column or an
     * empty file is refused at once (an {@code ApiProblem} naming it), and no job is created.
     *
     * @param entity  {@code person} or {@code organization}
     * @param key     {@code email}, {@code phone} or {@code externalId}
     * @param csv     UTF-8 (a BOM is fine), comma-separated, RFC 4180 quoting
     * @param dryRun  when true, every row is checked and matched but nothing is saved
     */
    default ImportJob start(String entity, String key, InputStream csv, boolean dryRun) throws IOException {
        return start(entity, key, java.util.Map.of(), csv, dryRun);
    }

    /**
     * Like {@link #start(String, String, InputStream, boolean)}, with the file's columns mapped to fields. The mapping
     * is kept with the job, so a job resumed after a restart reads the file the same way.
     *
     * @param mapping column header (as in the file, surrounding blanks ignored) to field name; a blank field skips
     *                the column. When the mapping is not empty, columns it does not name are skipped too; when it is
     *                empty, the header must name the fields itself. A mapping naming a column the file does not have,
     *                an unknown field, or a field twice is refused.
     */
    default ImportJob start(String entity, String key, java.util.Map<String, String> mapping, InputStream csv,
            boolean dryRun) throws IOException {
        return start(entity, key, mapping, csv, ImportFormat.CSV, dryRun);
    }

    /**
     * Like {@link #start(String, String, java.util.Map, InputStream, boolean)}, for a file in the given format. A
     * workbook's sheet is written to the job's CSV file first (cells as they show: numbers without grouping, dates as
     * ISO {@code 2024-03-01} or {@code 2024-03-01T09:30}, formulas as their last computed values; empty rows left out);
     * a file that is no workbook, or lacks the sheet, is refused with an {@code ApiProblem} and no job is created.
     */
    ImportJob start(String entity, String key, java.util.Map<String, String> mapping, InputStream file,
            ImportFormat format, boolean dryRun) throws IOException;

    /**
     * Reads the start of a file without keeping it: its header, its first {@code rows} data rows (cells as read) and
     * a suggested mapping, so a user can check and map the columns before importing.
     *
     * @param entity {@code person} or {@code organization}
     * @param rows   how many data rows to return, at most 100
     */
    default ImportPreview preview(String entity, InputStream csv, int rows) throws IOException {
        return preview(entity, csv, ImportFormat.CSV, rows);
    }

    /**
     * Like {@link #preview(String, InputStream, int)}, for a file in the given format; a workbook's preview also names
     * its sheets ({@link ImportPreview#sheets()}). A workbook must be sent whole (its index is at its end).
     */
    ImportPreview preview(String entity, InputStream file, ImportFormat format, int rows) throws IOException;

    /** The job, if the caller started it (or is an admin). */
    Optional<ImportJob> job(long id);

    /** The caller's most recent jobs, newest first. */
    List<ImportJob> recent(int limit);

    /** The refused rows, in file order. */
    List<ImportRowError> errors(long id);

    /** The refused rows as a CSV file: line, reason, then the row as it was, in the module's own (English) words. */
    default void writeErrors(long id, Writer out) throws IOException {
        writeErrors(id, out, List.of("row", "reason", "line"), ImportRowError::reason);
    }

    /**
     * Like {@link #writeErrors(long, Writer)}, worded for its reader: the UI writes the file in its user's language.
     *
     * @param header the titles of the three columns (row, reason, the row as it was)
     * @param reason each refused row's reason as the reader reads it
     */
    void writeErrors(long id, Writer out, List<String> header, java.util.function.Function<ImportRowError, String> reason)
            throws IOException;
}
