package org.rapport.contacts.core.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.rapport.contacts.api.ImportJob;
import org.rapport.platform.api.audit.NotAudited;

/** An import job and its checkpoint; the records it writes are audited, its own bookkeeping is not. */
@Entity(name = "ContactImport")
@Table(name = "contacts_import")
@NotAudited
public class ImportEntity {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    private String entity;

    @Column(name = "natural_key")
    private String naturalKey;

    private String state;

    @Column(name = "dry_run")
    private boolean dryRun;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "user_id")
    private long userId;

    private String username;

    @Column(name = "total_rows")
    private long totalRows;

    @Column(name = "next_row")
    private long nextRow;

    @Column(name = "created_count")
    private long createdCount;

    @Column(name = "updated_count")
    private long updatedCount;

    @Column(name = "failed_count")
    private long failedCount;

    private String problem;

    /** {@link ColumnMapping#stored()}: how the job reads the file's columns, the same after a restart. */
    @jakarta.persistence.Lob
    @Column(name = "column_mapping")
    private String columnMapping;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ImportEntity() {
    }

    ImportEntity(String entity, String naturalKey, ColumnMapping mapping, boolean dryRun, String fileName, long userId,
            String username, long totalRows, Instant createdAt) {
        this.entity = entity;
        this.columnMapping = mapping.stored();
        this.naturalKey = naturalKey;
        this.dryRun = dryRun;
        this.fileName = fileName;
        this.userId = userId;
        this.username = username;
        this.totalRows = totalRows;
        this.createdAt = createdAt;
        this.state = ImportJob.State.QUEUED.name();
    }

    ImportJob view() {
        return new ImportJob(id, entity, naturalKey, ImportJob.State.valueOf(state), dryRun, totalRows, nextRow,
                createdCount, updatedCount, failedCount, problem, username, createdAt, finishedAt, getMapping().fieldByHeader());
    }

    Long getId() {
        return id;
    }

    String getEntity() {
        return entity;
    }

    String getNaturalKey() {
        return naturalKey;
    }

    ColumnMapping getMapping() {
        return ColumnMapping.fromStored(columnMapping);
    }

    ImportJob.State getState() {
        return ImportJob.State.valueOf(state);
    }

    boolean isDryRun() {
        return dryRun;
    }

    String getFileName() {
        return fileName;
    }

    void setFileName(String fileName) {
        this.fileName = fileName;
    }

    long getUserId() {
        return userId;
    }

    String getUsername() {
        return username;
    }

    long getNextRow() {
        return nextRow;
    }

    /** Counts a batch of rows done, and moves the checkpoint past them. */
    void advance(long rows, long created, long updated, long failed) {
        nextRow += rows;
        createdCount += created;
        updatedCount += updated;
        failedCount += failed;
    }

    void running() {
        state = ImportJob.State.RUNNING.name();
    }

    void finish(Instant at) {
        state = ImportJob.State.DONE.name();
        finishedAt = at;
    }

    void fail(String why, Instant at) {
        state = ImportJob.State.FAILED.name();
        problem = why.length() > 1000 ? why.substring(0, 1000) : why;
        finishedAt = at;
    }
}
