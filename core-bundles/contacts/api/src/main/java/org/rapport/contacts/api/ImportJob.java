package org.rapport.contacts.api;

import java.time.Instant;

/**
 * A CSV import as it stands.
 *
 * @param id            the job's id
 * @param entity        {@code person} or {@code organization}
 * @param key           the natural key rows are matched on: {@code email}, {@code phone} or {@code externalId}
 * @param state         where it stands
 * @param dryRun        true when nothing is saved: the counts say what an import would do
 * @param totalRows     data rows in the file (the header not counted)
 * @param processedRows rows done so far
 * @param created       rows that created a record
 * @param updated       rows that updated the record their key matched
 * @param failed        rows refused, each with a reason in {@link ContactImports#errors}
 * @param problem       why the whole job failed, or {@code null}
 * @param startedBy     the username it runs for
 * @param mapping       column header to field name as the job reads the file ({@code ""}: the column is skipped);
 *                      empty when the header names the fields itself
 */
public record ImportJob(long id, String entity, String key, State state, boolean dryRun, long totalRows,
        long processedRows, long created, long updated, long failed, String problem, String startedBy,
        Instant createdAt, Instant finishedAt, java.util.Map<String, String> mapping) {

    public enum State {
        QUEUED, RUNNING, DONE, FAILED;

        /** As REST spells it: {@code queued}, {@code running}, {@code done}, {@code failed}. */
        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
