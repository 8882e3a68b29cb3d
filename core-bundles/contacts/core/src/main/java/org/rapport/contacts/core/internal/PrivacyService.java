package org.rapport.contacts.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.api.Attachment;
import org.rapport.contacts.api.Consent;
import org.rapport.contacts.api.ConsentChannel;
import org.rapport.contacts.api.ContactConflictException;
import org.rapport.contacts.api.ContactNotFoundException;
import org.rapport.contacts.api.ContactPermissions;
import org.rapport.contacts.api.ContactTopics;
import org.rapport.contacts.api.Person;
import org.rapport.contacts.api.PersonPrivacy;
import org.rapport.platform.api.audit.AuditQuery;
import org.rapport.platform.api.audit.AuditTrail;
import org.rapport.platform.api.events.DomainEvent;
import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

/** Consents, the archive of everything held about a person, and erasure. */
@Component
public class PrivacyService implements PersonPrivacy {

    static final String ERASED_NAME = "Erased";
    private static final String PERSON = "person";

    private final PersonStore persons;
    private final AuditTrail audit;
    private final AttachmentService attachments;
    private final LedgerService ledger;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    @Activate
    public PrivacyService(@Reference PersonStore persons, @Reference AuditTrail audit,
            @Reference AttachmentService attachments, @Reference LedgerService ledger) {
        this(persons, audit, attachments, ledger, Clock.systemUTC());
    }

    PrivacyService(PersonStore persons, AuditTrail audit, AttachmentService attachments, LedgerService ledger,
            Clock clock) {
        this.persons = persons;
        this.audit = audit;
        this.attachments = attachments;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public List<Consent> consents(long personId) {
        Map<ConsentChannel, Consent> current = new java.util.EnumMap<>(ConsentChannel.class);
        for (Consent consent : consentHistory(personId)) {
            current.putIfAbsent(consent.channel(), consent);
        }
        return List.copyOf(current.values());
    }

    @Override
    public List<Consent> consentHistory(long personId) {
        Caller caller = persons.permitted(ContactPermissions.PERSON_READ, "read");
        return persons.context.persistence().inTransaction(tx -> {
            seen(tx.entityManager(), caller, personId);
            return history(tx.entityManager(), personId);
        });
    }

    @Override
    public Consent recordConsent(long personId, ConsentChannel channel, boolean granted, String source) {
        Caller caller = persons.permitted(ContactPermissions.PERSON_WRITE, "change");
        if (channel == null) {
            throw ApiProblem.invalid("Say which channel the consent is for.", List.of(new FieldError("channel",
                    "one of EMAIL, SMS, PHONE")));
        }
        String where = source == null || source.isBlank() ? null : source.strip();
        if (where != null && where.length() > 300) {
            throw ApiProblem.invalid("The source is too long.", List.of(new FieldError("source",
                    "at most 300 characters")));
        }
        return persons.context.persistence().inTransaction(tx -> {
            persons.writable(tx.entityManager(), caller, personId);
            ConsentEntity consent = new ConsentEntity(personId, channel, granted, where, clock.instant(),
                    caller.username());
            tx.entityManager().persist(consent);
            return consent.view();
        });
    }

    @Override
    public void exportArchive(long personId, OutputStream out) throws IOException {
        persons.permitted(ContactPermissions.PERSON_EXPORT, "export");
        Person person = persons.find(personId).orElseThrow(() -> new ContactNotFoundException("person", personId));
        List<Consent> consents = consentHistory(personId);
        List<?> history = audit == null ? List.of()
                : audit.find(AuditQuery.forRecord("Person", String.valueOf(personId), AuditQuery.MAX_LIMIT));
        List<Attachment> files = attachments.list(PERSON, personId);
        ZipOutputStream zip = new ZipOutputStream(out);
        entry(zip, "person.json", person);
        entry(zip, "consents.json", consents);
        entry(zip, "history.json", history);
        entry(zip, "purchases.json", ledger.allPurchases(PERSON, personId));
        entry(zip, "payments.json", ledger.allPayments(PERSON, personId));
        entry(zip, "attachments.json", files);
        List<String> missing = new ArrayList<>();
        for (Attachment file : files) {
            if (!attachedFile(zip, personId, file)) {
                missing.add(file.id() + " " + file.fileName());
            }
        }
        entry(zip, "README.txt", "Everything the contacts module of Rapport holds about person " + personId
                + ", exported " + clock.instant() + ".\nperson.json: the record; consents.json: every consent decision;"
                + " history.json: every recorded change; purchases.json and payments.json: the ledger entries;"
                + " attachments.json: the attached files, whose bytes are under attachments/ as <id>-<name>.\n"
                + (missing.isEmpty() ? "" : "These attachments' files were missing from the server's disk and are"
                        + " not included: " + String.join(", ", missing) + ".\n"));
        zip.finish();
        zip.flush();
        if (audit != null) {
            audit.record("contacts", "Person", String.valueOf(personId), "PRIVACY_EXPORT", "archive of everything held");
        }
    }

    @Override
    public void erase(long personId, long expectedVersion) {
        Caller caller = persons.permitted(ContactPermissions.PERSON_ERASE, "erase");
        List<String> files = persons.context.persistence().inTransaction(tx -> {
            EntityManager em = tx.entityManager();
            PersonEntity person = persons.writable(em, caller, personId);
            if (person.getVersion() != expectedVersion) {
                throw new ContactConflictException("person", personId, person.getVersion());
            }
            // entity by entity, not bulk deletes: the audit trail records each removal (its values erased below)
            List<AffiliationEntity> affiliations = em.createQuery("select a from Affiliation a where a.personId ="
                    + " :person", AffiliationEntity.class).setParameter("person", personId).getResultList();
            List<Long> links = affiliations.stream().map(AffiliationEntity::getId).toList();
            affiliations.forEach(em::remove);
            em.createQuery("delete from Consent c where c.personId = :person").setParameter("person", personId)
                    .executeUpdate();
            em.createQuery("select s from ContactShare s where s.recordKind = :kind and s.recordId = :id",
                    ShareEntity.class).setParameter("kind", RecordKind.PERSON.code()).setParameter("id", personId)
                    .getResultList().forEach(em::remove);
            person.setFirstName(ERASED_NAME);
            person.setLastName(null);
            person.setDisplayName(ERASED_NAME);
            person.setSortKey(persons.context.folding().fold(ERASED_NAME));
            person.setEmails(null);
            person.setPhones(null);
            person.setAddresses(null);
            person.setSocialHandles(null);
            person.setWebsite(null);
            person.setTags(null);
            person.setLeadSource(null);
            person.setNotes(null);
            person.setExternalId(null);
            person.setCustomValues(null);
            person.setUpdatedAt(clock.instant());
            if (person.getErasedAt() == null) {
                person.setErasedAt(person.getUpdatedAt());
            }
            em.flush();
            TermWriter.remove(em, RecordKind.PERSON, personId);
            CustomValueIndex.remove(em, RecordKind.PERSON, personId);
            tx.eraseAuditValues("Person", String.valueOf(personId));
            for (Long link : links) {
                tx.eraseAuditValues("Affiliation", String.valueOf(link));
            }
            List<AttachmentEntity> attached = em.createQuery("select a from Attachment a where a.recordKind = 'P'"
                    + " and a.recordId = :person", AttachmentEntity.class).setParameter("person", personId)
                    .getResultList();
            attached.forEach(em::remove);
            for (AttachmentEntity attachment : attached) {
                tx.eraseAuditValues("Attachment", String.valueOf(attachment.view().id()));
            }
            tx.publish(new DomainEvent(ContactTopics.PERSON_ERASED, "Person", String.valueOf(personId),
                    "{\"id\":" + personId + "}"));
            return attached.stream().map(AttachmentEntity::getStoredName).toList();
        });
        // the rows are gone for good: now the bytes
        files.forEach(attachments::removeFile);
        if (audit != null) {
            audit.record("contacts", "Person", String.valueOf(personId), "ERASED", "personal data erased on request");
        }
    }

    /** Copies an attachment's bytes into the archive; false when its file is missing on disk. */
    private boolean attachedFile(ZipOutputStream zip, long personId, Attachment file) throws IOException {
        InputStream bytes;
        try {
            bytes = attachments.open(PERSON, personId, file.id());
        } catch (ApiProblem gone) {
            if (gone.status() == 410) {
                return false;
            }
            throw gone;
        }
        try (bytes) {
            zip.putNextEntry(new ZipEntry("attachments/" + file.id() + "-" + file.fileName()));
            bytes.transferTo(zip);
            zip.closeEntry();
        }
        return true;
    }

    private void seen(EntityManager em, Caller caller, long personId) {
        if (persons.visible(em, caller, personId, false).isEmpty()) {
            throw new ContactNotFoundException("person", personId);
        }
    }

    private static List<Consent> history(EntityManager em, long personId) {
        return new ArrayList<>(em.createQuery("select c from Consent c where c.personId = :person"
                + " order by c.recordedAt desc, c.id desc", ConsentEntity.class).setParameter("person", personId)
                .getResultList().stream().map(ConsentEntity::view).toList());
    }

    private void entry(ZipOutputStream zip, String name, Object content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        if (content instanceof String text) {
            zip.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } else {
            zip.write(json.writeValueAsBytes(content));
        }
        zip.closeEntry();
    }
}
