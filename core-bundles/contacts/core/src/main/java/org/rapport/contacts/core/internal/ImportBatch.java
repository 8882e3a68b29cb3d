package org.rapport.contacts.core.internal;

import java.util.ArrayList;
import java.util.List;

import org.rapport.platform.api.persistence.ModulePersistence;
import org.rapport.platform.api.persistence.TransactionContext;
import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.security.CurrentCaller;
import org.rapport.platform.api.web.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One batch of import rows, applied in one transaction with the job's checkpoint and counts. A refused row is
 * recorded with its reason and the others go on. Should the database refuse the batch as a whole (something the
 * checks did not foresee), it is applied again a row per transaction, so only the guilty row fails. A dry run rolls
 * every batch back and keeps only the counts and reasons.
 */
final class ImportBatch {

    private static final Logger LOG = LoggerFactory.getLogger(ImportBatch.class);

    private final ModulePersistence persistence;
    private final RowImporter importer;
    private final ImportEntity job;
    private final List<ImportRow> rows;
    private final Caller caller;

    ImportBatch(ModulePersistence persistence, RowImporter importer, ImportEntity job, List<ImportRow> rows,
            Caller caller) {
        this.persistence = persistence;
        this.importer = importer;
        this.job = job;
        this.rows = rows;
        this.caller = caller;
    }

    void apply() {
        try {
            runAsCaller(() -> applyTogether(rows));
        } catch (RuntimeException refusedAsAWhole) {
            if (refusedAsAWhole instanceof DryRun || refusedAsAWhole instanceof jakarta.persistence.OptimisticLockException) {
                throw refusedAsAWhole;
            }
            LOG.warn("Import {}: a batch of {} rows was refused as a whole ({}); applying it row by row", job.getId(),
                    rows.size(), refusedAsAWhole.toString());
            for (ImportRow row : rows) {
                runAsCaller(() -> applyTogether(List.of(row)));
            }
        }
    }

    private void applyTogether(List<ImportRow> some) {
        try {
            persistence.inTransaction(tx -> RememberedAccess.during(() -> ImportBatchScope.during(() -> {
                Tally tally = new Tally();
                RowImporter.Lookups lookups = importer.lookups();
                importer.prefetch(tx, caller, job.getEntity(), job.getNaturalKey(), some, lookups);
                for (ImportRow row : some) {
                    applyOne(tx, row, tally, lookups, some.size() == 1);
                }
                ImportBatchScope.writeAll(tx.entityManager());
                tally.record(tx, job.getId(), some.size());
                if (job.isDryRun()) {
                    throw new DryRun(tally, some.size());
                }
                return null;
            })));
        } catch (DryRun counted) {
            persistence.inTransaction(tx -> {
                counted.tally.record(tx, job.getId(), counted.rows);
                return null;
            });
        }
    }

    private void applyOne(TransactionContext tx, ImportRow row, Tally tally, RowImporter.Lookups lookups,
            boolean alone) {
        String unreadable = row.cell(ImportFile.ROW_PROBLEM);
        if (unreadable != null) {
            tally.failed(row, unreadable);
            return;
        }
        try {
            RowImporter.Outcome outcome = importer.apply(tx, caller, job.getEntity(), job.getNaturalKey(), row,
                    lookups);
            if (outcome == RowImporter.Outcome.CREATED) {
                tally.created++;
            } else {
                tally.updated++;
            }
            if (alone || outcome == RowImporter.Outcome.UPDATED) {
                // A lone row is written here, where a refusal names it. An updated record need not stay managed:
                // a persistence context that grows with the batch makes every flush before a query walk all of it
                // (new records are cheap to keep: their rows go out together at the end of the batch).
                ImportBatchScope.writeAll(tx.entityManager());
                tx.entityManager().clear();
            }
        } catch (ApiProblem refused) {
            tally.failed(row, ImportRow.reason(refused));
        } catch (RuntimeException unexpected) {
            if (!alone) {
                throw unexpected;
            }
            LOG.warn("Import {}: row {} could not be saved", job.getId(), row.sourceRow(), unexpected);
            tally.failed(row, "the database refused this row; the log has the details");
        }
    }

    private void runAsCaller(Runnable work) {
        try {
            CurrentCaller.runAs(caller, () -> {
                work.run();
                return null;
            });
        } catch (RuntimeException failure) {
            throw failure;
        } catch (Exception impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** What a batch did; written with the checkpoint. */
    private static final class Tally {

        long created;
        long updated;
        final List<org.rapport.contacts.api.ImportRowError> errors = new ArrayList<>();

        /** Row numbers as a spreadsheet shows them: the header is row 1. */
        void failed(ImportRow row, String reason) {
            errors.add(new org.rapport.contacts.api.ImportRowError(row.sourceRow(), reason, row.line()));
        }

        void record(TransactionContext tx, long id, long rows) {
            ImportEntity current = tx.entityManager().find(ImportEntity.class, id);
            current.advance(rows, created, updated, errors.size());
            for (org.rapport.contacts.api.ImportRowError error : errors) {
                tx.entityManager().persist(new ImportErrorEntity(id, error.row(), error.reason(), error.line()));
            }
        }
    }

    /** Rolls a dry run's batch back, carrying its counts out of the transaction. */
    private static final class DryRun extends RuntimeException {

        private static final long serialVersionUID = 1L;
        final transient Tally tally;
        final long rows;

        DryRun(Tally tally, long rows) {
            super(null, null, false, false);
            this.tally = tally;
            this.rows = rows;
        }
    }
}
