package org.rapport.contacts.core.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.opencsv.CSVWriter;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.api.ContactAccessException;
import org.rapport.contacts.api.ContactImports;
import org.rapport.contacts.api.ContactNotFoundException;
import org.rapport.contacts.api.ContactPermissions;
import org.rapport.contacts.api.ImportFormat;
import org.rapport.contacts.api.ImportJob;
import org.rapport.contacts.api.ImportPreview;
import org.rapport.contacts.api.ImportRowError;
import org.rapport.platform.api.persistence.ModulePersistence;
import org.rapport.platform.api.security.Authenticator;
import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.security.Channel;
import org.rapport.platform.api.security.CurrentCaller;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs CSV imports one at a time on a thread of their own (a workbook's sheet is made the job's CSV file when the job
 * starts, {@link WorkbookCsv}). Rows are applied in batches, each batch in one
 * transaction together with the job's checkpoint and counts: after a crash or a restart the job goes on from the
 * first row not committed, so it ends with the same counts and creates nothing twice. Jobs left queued or running
 * are picked up again when the module starts.
 */
@Component(service = ContactImports.class)
public class ImportRunner implements ContactImports {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRunner.class);
    static final int BATCH = 500;

    private final ModulePersistence persistence;
    private final Authenticator authenticator;
    private final RowImporter rows;
    private final Path directory;
    private final Clock clock;
    private final int batchSize;
    private final ExecutorService worker;
    private volatile boolean stopping;

    @Activate
    public ImportRunner(@Reference(target = "(rapport.module=contacts)") ModulePersistence persistence,
            @Reference Authenticator authenticator, @Reference PersonStore persons,
            @Reference OrganizationStore organizations) {
        this(persistence, authenticator, new RowImporter(persons, organizations),
                Paths.get(System.getProperty("karaf.data", "data"), "contacts", "imports"), Clock.systemUTC(), BATCH,
                Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "rapport-contacts-import")));
        resumeUnfinished();
    }

    ImportRunner(ModulePersistence persistence, Authenticator authenticator, RowImporter rows, Path directory,
            Clock clock, int batchSize, ExecutorService worker) {
        this.persistence = persistence;
        this.authenticator = authenticator;
        this.rows = rows;
        this.directory = directory;
        this.clock = clock;
        this.batchSize = batchSize;
        this.worker = worker;
    }

    @Deactivate
    void stop() throws InterruptedException {
        // A running job stops between batches and stays RUNNING: the next start resumes it.
        stopping = true;
        worker.shutdown();
        if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
            worker.shutdownNow();
        }
    }

    @Override
    public ImportJob start(String entity, String key, Map<String, String> columnMapping, InputStream upload,
            ImportFormat format, boolean dryRun) throws IOException {
        Caller caller = CurrentCaller.require();
        String type = entity(entity);
        checkKey(key);
        requireImportRights(caller, type);
        ColumnMapping mapping = ColumnMapping.of(columnMapping);
        String name = UUID.randomUUID().toString();
        Path file = directory.resolve(name + ".csv");
        try {
            if (format.type() == ImportFormat.Type.XLSX) {
                // the job's file is the sheet as CSV: preview, resume and the error file read it like any CSV file
                Path workbook = directory.resolve(name + ".xlsx");
                try {
                    ImportFile.copy(upload, workbook);
                    WorkbookCsv.writeFile(workbook, format.sheet(), file);
                } finally {
                    Files.deleteIfExists(workbook);
                }
            } else {
                ImportFile.copy(upload, file);
            }
            ImportFile.open(file, columnsWithCustom(type), key, mapping).close();
            long total = ImportFile.countRows(file);
            ImportJob job = persistence.inTransaction(tx -> {
                ImportEntity created = new ImportEntity(type, key, mapping, dryRun, file.getFileName().toString(),
                        caller.userId(), caller.username(), total, clock.instant());
                tx.entityManager().persist(created);
                tx.entityManager().flush();
                return created.view();
            });
            LOG.info("Import {} queued: {} {} rows by {} (key {}{}{})", job.id(), total, type, caller.username(), key,
                    format.type() == ImportFormat.Type.XLSX ? ", from a workbook" : "", dryRun ? ", dry run" : "");
            submit(job.id());
            return job;
        } catch (RuntimeException | IOException refused) {
            ImportFile.delete(file);
            throw refused;
        }
    }

    @Override
    public ImportPreview preview(String entity, InputStream upload, ImportFormat format, int rows) throws IOException {
        Caller caller = CurrentCaller.require();
        String type = entity(entity);
        requireImportRights(caller, type);
        int shown = Math.max(0, Math.min(rows, 100));
        List<String> sheets = List.of();
        ImportFile.Start start;
        if (format.type() == ImportFormat.Type.XLSX) {
            // a workbook's index is at its end: it is read from a file, and only the rows shown are converted
            Path workbook = directory.resolve(UUID.randomUUID() + ".preview.xlsx");
            StringWriter csv = new StringWriter();
            try {
                ImportFile.copy(upload, workbook);
                sheets = WorkbookCsv.write(workbook, format.sheet(), csv, shown + 1L).sheets();
            } finally {
                Files.deleteIfExists(workbook);
            }
            start = ImportFile.start(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), shown);
        } else {
            start = ImportFile.start(upload, shown);
        }
        List<String> fields = columnsWithCustom(type);
        return new ImportPreview(start.header(), start.rows(), ColumnSuggestions.suggest(start.header(), fields),
                fields, KEYS, sheets);
    }

    @Override
    public Optional<ImportJob> job(long id) {
        Caller caller = CurrentCaller.require();
        return persistence.inTransaction(tx -> Optional.ofNullable(tx.entityManager().find(ImportEntity.class, id))
                .filter(job -> mayRead(caller, job)).map(ImportEntity::view));
    }

    @Override
    public List<ImportJob> recent(int limit) {
        Caller caller = CurrentCaller.require();
        return persistence.inTransaction(tx -> tx.entityManager().createQuery(
                "select j from ContactImport j where j.userId = :user order by j.createdAt desc, j.id desc",
                ImportEntity.class).setParameter("user", caller.userId())
                .setMaxResults(Math.max(1, Math.min(limit, 100))).getResultList().stream().map(ImportEntity::view)
                .toList());
    }

    @Override
    public List<ImportRowError> errors(long id) {
        requireJob(id);
        return persistence.inTransaction(tx -> tx.entityManager().createQuery(
                "select e from ContactImportError e where e.importId = :job order by e.rowNumber", ImportErrorEntity.class)
                .setParameter("job", id).getResultList().stream().map(ImportErrorEntity::view).toList());
    }

    @Override
    public void writeErrors(long id, Writer out, List<String> header, Function<ImportRowError, String> reason)
            throws IOException {
        List<ImportRowError> errors = errors(id);
        try (CSVWriter csv = new CSVWriter(out)) {
            csv.writeNext(header.toArray(String[]::new));
            for (ImportRowError error : errors) {
                csv.writeNext(new String[] {String.valueOf(error.row()), reason.apply(error), error.line()});
            }
        }
    }

    void resumeUnfinished() {
        List<Long> unfinished = persistence.inTransaction(tx -> tx.entityManager().createQuery(
                "select j.id from ContactImport j where j.state in :states order by j.id", Long.class)
                .setParameter("states", List.of(ImportJob.State.QUEUED.name(), ImportJob.State.RUNNING.name()))
                .getResultList());
        if (!unfinished.isEmpty()) {
            LOG.info("Resuming imports {}", unfinished);
        }
        unfinished.forEach(this::submit);
    }

    private void submit(long id) {
        worker.submit(() -> {
            try {
                run(id);
            } catch (RuntimeException | IOException failure) {
                LOG.error("Import {} failed", id, failure);
                fail(id, "The import stopped on an unexpected error; the rows before the one it stopped at are"
                        + " saved. Details are in the log.");
            }
        });
    }

    /** Works through the job from its checkpoint, a batch per transaction. */
    void run(long id) throws IOException {
        ImportEntity job = persistence.inTransaction(tx -> {
            ImportEntity found = tx.entityManager().find(ImportEntity.class, id);
            if (found != null && found.getState() == ImportJob.State.QUEUED) {
                found.running();
            }
            return found;
        });
        if (job == null || job.getState() == ImportJob.State.DONE || job.getState() == ImportJob.State.FAILED) {
            return;
        }
        Path file = directory.resolve(job.getFileName());
        if (!Files.exists(file)) {
            fail(id, "The uploaded file is gone from " + directory + "; start the import again.");
            return;
        }
        try (ImportFile csv = ImportFile.open(file, columnsWithCustom(job.getEntity()), job.getNaturalKey(),
                job.getMapping())) {
            long row = job.getNextRow();
            csv.skipTo(row);
            while (!stopping) {
                List<ImportRow> batch = new ArrayList<>(batchSize);
                for (ImportRow next; batch.size() < batchSize && (next = csv.next()) != null;) {
                    batch.add(next);
                }
                if (batch.isEmpty()) {
                    finish(id);
                    ImportFile.delete(file);
                    return;
                }
                Optional<Caller> caller = callerOf(job);
                if (caller.isEmpty()) {
                    fail(id, job.getUsername() + " may no longer import " + job.getEntity() + " records (inactive, or"
                            + " the import permission was taken away); the rows before were saved.");
                    return;
                }
                new ImportBatch(persistence, rows, job, batch, caller.get()).apply();
                if (batch.size() < batchSize) {
                    finish(id);
                    ImportFile.delete(file);
                    return;
                }
            }
        }
    }

    /** The user the job runs for, with the rights they have now; empty when they may no longer import. */
    private Optional<Caller> callerOf(ImportEntity job) {
        Caller stored = new Caller(job.getUserId(), job.getUsername(), null, null, Set.of(), Set.of(), Channel.IMPORT);
        return authenticator.refresh(stored).map(c -> c.via(Channel.IMPORT))
                .filter(c -> c.has(importPermission(job.getEntity())) && c.has(writePermission(job.getEntity())));
    }

    private void finish(long id) {
        persistence.inTransaction(tx -> {
            ImportEntity job = tx.entityManager().find(ImportEntity.class, id);
            job.finish(clock.instant());
            LOG.info("Import {} done: {}", id, job.view());
            return null;
        });
    }

    private void fail(long id, String why) {
        persistence.inTransaction(tx -> {
            ImportEntity job = tx.entityManager().find(ImportEntity.class, id);
            if (job != null) {
                job.fail(why, clock.instant());
            }
            return null;
        });
        LOG.warn("Import {} failed: {}", id, why);
    }

    private ImportEntity requireJob(long id) {
        Caller caller = CurrentCaller.require();
        return persistence.inTransaction(tx -> Optional.ofNullable(tx.entityManager().find(ImportEntity.class, id))
                .filter(job -> mayRead(caller, job))
                .orElseThrow(() -> new ContactNotFoundException("import", id)));
    }

    private static boolean mayRead(Caller caller, ImportEntity job) {
        return job.getUserId() == caller.userId() || caller.has(ContactPermissions.IMPORT_MANAGE);
    }

    private static void requireImportRights(Caller caller, String entity) {
        for (String permission : List.of(importPermission(entity), writePermission(entity))) {
            if (!caller.has(permission)) {
                throw new ContactAccessException("Importing " + entity + " records needs the permission " + permission
                        + ".");
            }
        }
    }

    static String importPermission(String entity) {
        // organizations are imported with the same right as people: one "may import" per module is what admins ask
        return ContactPermissions.PERSON_IMPORT;
    }

    static String writePermission(String entity) {
        return entity.equals("organization") ? ContactPermissions.ORGANIZATION_WRITE : ContactPermissions.PERSON_WRITE;
    }

    static List<String> columns(String entity) {
        return entity.equals("organization") ? ORGANIZATION_COLUMNS : PERSON_COLUMNS;
    }

    /** The entity's columns and a {@code custom.<key>} column per active custom field, as defined right now. */
    private List<String> columnsWithCustom(String entity) {
        List<String> all = new java.util.ArrayList<>(columns(entity));
        persistence.inTransaction(tx -> CustomFieldService.active(CustomFieldService.all(tx.entityManager(),
                CustomFieldService.kindOf(entity)))).forEach(field -> all.add(CustomValues.PREFIX + field.key()));
        return all;
    }

    private static String entity(String entity) {
        if ("person".equals(entity) || "organization".equals(entity)) {
            return entity;
        }
        throw ApiProblem.invalid("Import people or organizations.", List.of(new FieldError("entity",
                "'person' or 'organization', got '" + entity + "'")));
    }

    private static void checkKey(String key) {
        if (!KEYS.contains(key)) {
            throw ApiProblem.invalid("Rows are matched on email, phone or externalId.", List.of(new FieldError("key",
                    "'email', 'phone' or 'externalId', got '" + key + "'")));
        }
    }
}
