package org.rapport.contacts.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.api.Attachment;
import org.rapport.contacts.api.Attachments;
import org.rapport.contacts.api.ContactNotFoundException;
import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Attachments on disk: the bytes are written (and counted against the limit) before the row is committed, and a
 * file whose row did not commit is removed again, so a row never points at nothing. Deleting removes the row first,
 * then the file: a crash between leaves an orphan file, never a broken attachment.
 */
@Component(service = {Attachments.class, AttachmentService.class}, configurationPid = ContactSettings.PID)
public class AttachmentService implements Attachments {

    private static final Logger LOG = LoggerFactory.getLogger(AttachmentService.class);

    private final PersonStore persons;
    private final OrganizationStore organizations;
    private final Path directory;
    private final long maxBytes;
    private final Clock clock;

    @Activate
    public AttachmentService(@Reference PersonStore persons, @Reference OrganizationStore organizations,
            ContactSettings settings) {
        this(persons, organizations, Paths.get(System.getProperty("karaf.data", "data"), "contacts", "attachments"),
                settings.maxAttachmentBytes(), Clock.systemUTC());
    }

    AttachmentService(PersonStore persons, OrganizationStore organizations, Path directory, long maxBytes,
            Clock clock) {
        this.persons = persons;
        this.organizations = organizations;
        this.directory = directory;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    @Override
    public Attachment add(String entity, long id, String fileName, String contentType, InputStream content)
            throws IOException {
        ContactStore<?, ?, ?> store = store(entity);
        Caller caller = store.permitted(store.writePermission(), "change");
        String name = fileName(fileName);
        String type = contentType == null || contentType.isBlank() ? "application/octet-stream"
                : contentType.strip();
        store.context.persistence().inTransaction(tx -> store.writable(tx.entityManager(), caller, id));
        Files.createDirectories(directory);
        String stored = UUID.randomUUID().toString();
        Path file = directory.resolve(stored);
        MessageDigest sha256 = sha256();
        long size;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha256)) {
            size = copyLimited(content, out);
        } catch (IOException | RuntimeException failed) {
            Files.deleteIfExists(file);
            throw failed;
        }
        long written = size;
        String hash = HexFormat.of().formatHex(sha256.digest());
        try {
            return store.context.persistence().inTransaction(tx -> {
                store.writable(tx.entityManager(), caller, id);
                AttachmentEntity attachment = new AttachmentEntity(store.kind(), id, name, type, written, hash, stored,
                        clock.instant(), caller.username());
                tx.entityManager().persist(attachment);
                tx.entityManager().flush();
                return attachment.view();
            });
        } catch (RuntimeException notSaved) {
            Files.deleteIfExists(file);
            throw notSaved;
        }
    }

    @Override
    public List<Attachment> list(String entity, long id) {
        ContactStore<?, ?, ?> store = store(entity);
        Caller caller = store.permitted(store.readPermission(), "read");
        return store.context.persistence().inTransaction(tx -> {
            seen(store, tx.entityManager(), caller, id);
            return rows(tx.entityManager(), store, id).stream().map(AttachmentEntity::view).toList();
        });
    }

    @Override
    public Attachment describe(String entity, long id, long attachmentId) {
        ContactStore<?, ?, ?> store = store(entity);
        Caller caller = store.permitted(store.readPermission(), "read");
        return store.context.persistence().inTransaction(tx -> {
            seen(store, tx.entityManager(), caller, id);
            return row(tx.entityManager(), store, id, attachmentId).view();
        });
    }

    @Override
    public InputStream open(String entity, long id, long attachmentId) throws IOException {
        ContactStore<?, ?, ?> store = store(entity);
        Caller caller = store.permitted(store.readPermission(), "read");
        String stored = store.context.persistence().inTransaction(tx -> {
            seen(store, tx.entityManager(), caller, id);
            return row(tx.entityManager(), store, id, attachmentId).getStoredName();
        });
        Path file = directory.resolve(stored);
        if (!Files.exists(file)) {
            throw new ApiProblem(410, "Gone", "The file of attachment " + attachmentId + " is missing from "
                    + directory + "; restore it from a backup.", null, null);
        }
        return Files.newInputStream(file);
    }

    @Override
    public void delete(String entity, long id, long attachmentId) throws IOException {
        ContactStore<?, ?, ?> store = store(entity);
        Caller caller = store.permitted(store.writePermission(), "change");
        String stored = store.context.persistence().inTransaction(tx -> {
            store.writable(tx.entityManager(), caller, id);
            AttachmentEntity attachment = row(tx.entityManager(), store, id, attachmentId);
            tx.entityManager().remove(attachment);
            return attachment.getStoredName();
        });
        removeFile(stored);
    }

    @Override
    public long maxBytes() {
        return maxBytes;
    }

    /** Removes a record's files after its rows were deleted (erasure). */
    void removeFile(String stored) {
        try {
            Files.deleteIfExists(directory.resolve(stored));
        } catch (IOException e) {
            LOG.warn("Could not delete the attachment file {}: {}", directory.resolve(stored), e.toString());
        }
    }

    private long copyLimited(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int read; (read = in.read(buffer)) != -1;) {
            total += read;
            if (total > maxBytes) {
                throw new ApiProblem(413, "Too large", "Attachments may be at most " + maxBytes + " bytes"
                        + " (maxAttachmentBytes in etc/org.rapport.contacts.cfg).", null, null);
            }
            out.write(buffer, 0, read);
        }
        return total;
    }

    private static String fileName(String given) {
        String name = given == null ? "" : given.strip();
        // keep the name, never a path: "../../etc/passwd" becomes "passwd"
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.isEmpty() || name.length() > 255) {
            throw ApiProblem.invalid("Give the file a name.", List.of(new FieldError("name",
                    "1 to 255 characters, got " + name.length())));
        }
        return name;
    }

    private ContactStore<?, ?, ?> store(String entity) {
        if ("person".equals(entity)) {
            return persons;
        }
        if ("organization".equals(entity)) {
            return organizations;
        }
        throw ApiProblem.invalid("Files are attached to people or organizations.", List.of(new FieldError("entity",
                "'person' or 'organization', got '" + entity + "'")));
    }

    private static void seen(ContactStore<?, ?, ?> store, EntityManager em, Caller caller, long id) {
        if (store.visible(em, caller, id, false).isEmpty()) {
            throw new ContactNotFoundException(store.kind().noun(), id);
        }
    }

    private static List<AttachmentEntity> rows(EntityManager em, ContactStore<?, ?, ?> store, long id) {
        return em.createQuery("select a from Attachment a where a.recordKind = :kind and a.recordId = :id"
                + " order by a.uploadedAt desc, a.id desc", AttachmentEntity.class)
                .setParameter("kind", store.kind().code()).setParameter("id", id).getResultList();
    }

    private static AttachmentEntity row(EntityManager em, ContactStore<?, ?, ?> store, long id, long attachmentId) {
        AttachmentEntity attachment = em.find(AttachmentEntity.class, attachmentId);
        if (attachment == null || attachment.getRecordId() != id
                || !attachment.getRecordKind().equals(store.kind().code())) {
            throw new ContactNotFoundException("attachment", attachmentId);
        }
        return attachment;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

}
