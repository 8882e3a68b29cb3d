package org.rapport.contacts.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * CSV imports of people and organizations, run as background jobs that survive a restart and resume where they
 * stopped without creating anything twice. The file's header names the fields ({@code firstName,lastName,email,phone}
 * and the rest of {@link #PERSON_COLUMNS}); rows are matched to existing records by a natural key and update them (upsert).
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

    /**
     * Stores the file and queues the job. The header is checked now: an unknown column, a missing key column or an
     * empty file is refused at once (an {@code ApiProblem} naming it), and no job is created.
     *
     * @param entity  {@code person} or {@code organization}
     * @param key     {@code email}, {@code phone} or {@code externalId}
     * @param csv     UTF-8 (a BOM is fine), comma-separated, RFC 4180 quoting
     * @param dryRun  when true, every row is checked and matched but nothing is saved
     */
    ImportJob start(String entity, String key, InputStream csv, boolean dryRun) throws IOException;

    /** The job, if the caller started it (or is an admin). */
    Optional<ImportJob> job(long id);

    /** The caller's most recent jobs, newest first. */
    List<ImportJob> recent(int limit);

    /** The refused rows, in file order. */
    List<ImportRowError> errors(long id);

    /** The refused rows as a CSV file: line, reason, then the row as it was. */
    void writeErrors(long id, Writer out) throws IOException;
}
