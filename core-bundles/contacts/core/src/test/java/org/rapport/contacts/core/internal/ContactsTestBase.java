package org.rapport.contacts.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.api.Affiliation;
import org.rapport.contacts.api.ContactAccessException;
import org.rapport.contacts.api.ContactConflictException;
import org.rapport.contacts.api.ContactNotFoundException;
import org.rapport.contacts.api.ContactPermissions;
import org.rapport.contacts.api.ContactQuery;
import org.rapport.contacts.api.Email;
import org.rapport.contacts.api.LifecycleStage;
import org.rapport.contacts.api.Organization;
import org.rapport.contacts.api.OrganizationDraft;
import org.rapport.contacts.api.Owner;
import org.rapport.contacts.api.Page;
import org.rapport.contacts.api.Person;
import org.rapport.contacts.api.PersonDraft;
import org.rapport.contacts.api.Share;
import org.rapport.platform.api.access.FieldRule;
import org.rapport.platform.api.access.OrgWideDefault;
import org.rapport.platform.api.access.ShareLevel;
import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.security.Channel;
import org.rapport.platform.api.security.CurrentCaller;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.i18n.internal.IcuTextFolding;
import org.rapport.platform.testing.ModuleTestDatabase;
import org.rapport.platform.testing.TestClock;

/** A contacts database with the stores over it and callers to act as; for tests on H2 and on MariaDB. */
abstract class ContactsTestBase {

    static final Set<String> ALL = Set.of(ContactPermissions.PERSON_READ, ContactPermissions.PERSON_WRITE,
            ContactPermissions.PERSON_DELETE, ContactPermissions.ORGANIZATION_READ,
            ContactPermissions.ORGANIZATION_WRITE, ContactPermissions.ORGANIZATION_DELETE);

    final Caller admin = caller(1, "admin", Set.of("admin"), ALL);
    final Caller alice = caller(2, "alice", Set.of("sales"), ALL);
    final Caller bob = caller(3, "bob", Set.of("sales"), ALL);
    final Caller manager = caller(4, "maryam", Set.of("sales-manager"), ALL);
    final Caller reader = caller(5, "reza", Set.of("viewer"), Set.of(ContactPermissions.PERSON_READ));

    ModuleTestDatabase database;
    final TestAccess access = new TestAccess();
    final TestClock clock = new TestClock();
    final TestAudit audit = new TestAudit();
    PersonStore persons;
    PrivacyService privacy;
    AttachmentService attachments;
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path files;
    DuplicateService duplicates;
    LedgerService ledger;
    org.rapport.platform.testing.ModuleTestPersistence persistence;
    OrganizationStore organizations;
    CustomFieldService customFields;

    abstract ModuleTestDatabase openDatabase() throws Exception;

    @BeforeEach
    void open() throws Exception {
        database = openDatabase();
        start(10_000);
    }

    void start(int exactCountLimit) {
        persistence = database.persistence();
        ContactContext context = ContactContext.of(persistence, access, new IcuTextFolding(),
                settings("IR", exactCountLimit), clock, audit);
        organizations = new OrganizationStore(context);
        persons = new PersonStore(context, organizations);
        attachments = new AttachmentService(persons, organizations, files.resolve("attachments"), 1000, clock);
        ledger = new LedgerService(persons, organizations, clock);
        privacy = new PrivacyService(persons, audit, attachments, ledger, clock);
        duplicates = new DuplicateService(persons);
        customFields = new CustomFieldService(persistence);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    static List<String> names(Page<Person> page) {
        return page.items().stream().map(Person::displayName).toList();
    }

    Page<Person> search(Caller caller, String text) throws Exception {
        return as(caller, () -> persons.list(ContactQuery.first(50).withText(text)));
    }

    static <T> T as(Caller caller, Callable<T> work) throws Exception {
        return CurrentCaller.runAs(caller, work);
    }

    static Caller caller(long id, String name, Set<String> roles, Set<String> permissions) {
        return new Caller(id, name, name, Locale.ENGLISH, roles, permissions, Channel.REST);
    }

    static ContactSettings settings(String country, int exactCountLimit) {
        return new ContactSettings() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ContactSettings.class;
            }

            @Override
            public String defaultCountry() {
                return country;
            }

            @Override
            public int exactCountLimit() {
                return exactCountLimit;
            }

            @Override
            public long maxAttachmentBytes() {
                return 1000;
            }
        };
    }
}
