package org.rapport.contacts.ui.internal;

import java.util.List;
import java.util.Optional;

import org.rapport.contacts.api.ContactQuery;
import org.rapport.contacts.api.CustomFieldDefinition;
import org.rapport.contacts.api.CustomFields;
import org.rapport.contacts.api.DuplicateCandidate;
import org.rapport.contacts.api.OrganizationDraft;
import org.rapport.contacts.api.Organizations;
import org.rapport.contacts.api.Page;
import org.rapport.contacts.api.PersonDraft;
import org.rapport.contacts.api.PersonDuplicates;
import org.rapport.contacts.api.Persons;
import org.rapport.contacts.api.Suggestion;
import org.rapport.platform.api.web.ApiProblem;

/**
 * People or organizations behind one interface, so the pages are written once. Errors are the contacts module's
 * own ({@code ApiProblem} and its subclasses), passed through untouched for the pages to show.
 */
interface ContactService {

    ContactKind kind();

    Page<Contact> list(ContactQuery query);

    Optional<Contact> find(long id);

    Contact create(Contact values);

    Contact update(long id, long expectedVersion, Contact values);

    void delete(long id, long expectedVersion);

    List<Suggestion> suggest(String prefix, int limit);

    /** Every record the query matches as CSV, as the caller may see them (needs the kind's export permission). */
    long exportCsv(ContactQuery query, java.io.Writer out) throws java.io.IOException;

    /** The active custom fields of this kind, by position; none when the custom fields service is not there. */
    List<CustomFieldDefinition> customFields();

    /**
     * Who the record these values would create may already be, best first; none for organizations, or when the
     * check cannot be made (then creating decides, with its own errors).
     */
    default List<DuplicateCandidate> duplicatesOf(Contact values) {
        return List.of();
    }

    static ContactService of(Persons persons, CustomFields customFields) {
        return of(persons, customFields, null);
    }

    /** @param duplicates finds who a new person may already be; {@code null} for pages that do not ask */
    static ContactService of(Persons persons, CustomFields customFields, PersonDuplicates duplicates) {
        return new ContactService() {
            @Override
            public ContactKind kind() {
                return ContactKind.PERSON;
            }

            @Override
            public Page<Contact> list(ContactQuery query) {
                var page = persons.list(query);
                return new Page<>(page.items().stream().map(Contact::of).toList(), page.nextCursor(), page.total(),
                        page.totalEstimated());
            }

            @Override
            public Optional<Contact> find(long id) {
                return persons.find(id).map(Contact::of);
            }

            @Override
            public Contact create(Contact values) {
                return Contact.of(persons.create(draft(values)));
            }

            @Override
            public Contact update(long id, long expectedVersion, Contact values) {
                return Contact.of(persons.update(id, expectedVersion, draft(values)));
            }

            @Override
            public void delete(long id, long expectedVersion) {
                persons.delete(id, expectedVersion);
            }

            @Override
            public List<Suggestion> suggest(String prefix, int limit) {
                return persons.suggest(prefix, limit);
            }

            @Override
            public long exportCsv(ContactQuery query, java.io.Writer out) throws java.io.IOException {
                return persons.exportCsv(query, out);
            }

            @Override
            public List<CustomFieldDefinition> customFields() {
                return customFields == null ? List.of()
                        : customFields.definitions(CustomFieldDefinition.PERSON, false);
            }

            @Override
            public List<DuplicateCandidate> duplicatesOf(Contact values) {
                if (duplicates == null) {
                    return List.of();
                }
                try {
                    return duplicates.candidatesFor(draft(values));
                } catch (ApiProblem cannotCheck) {
                    // e.g. no permission to read people: the check only advises, so it must not stop the creation
                    return List.of();
                }
            }

            private PersonDraft draft(Contact c) {
                return new PersonDraft(c.firstName(), c.lastName(), c.emails(), c.phones(), c.addresses(),
                        c.socialHandles(), c.website(), c.affiliations(), c.tags(), c.leadSource(), c.stage(),
                        c.owner(), c.notes(), c.externalId(), c.custom());
            }
        };
    }

    static ContactService of(Organizations organizations, CustomFields customFields) {
        return new ContactService() {
            @Override
            public ContactKind kind() {
                return ContactKind.ORGANIZATION;
            }

            @Override
            public Page<Contact> list(ContactQuery query) {
                var page = organizations.list(query);
                return new Page<>(page.items().stream().map(Contact::of).toList(), page.nextCursor(), page.total(),
                        page.totalEstimated());
            }

            @Override
            public Optional<Contact> find(long id) {
                return organizations.find(id).map(Contact::of);
            }

            @Override
            public Contact create(Contact values) {
                return Contact.of(organizations.create(draft(values)));
            }

            @Override
            public Contact update(long id, long expectedVersion, Contact values) {
                return Contact.of(organizations.update(id, expectedVersion, draft(values)));
            }

            @Override
            public void delete(long id, long expectedVersion) {
                organizations.delete(id, expectedVersion);
            }

            @Override
            public List<Suggestion> suggest(String prefix, int limit) {
                return organizations.suggest(prefix, limit);
            }

            @Override
            public long exportCsv(ContactQuery query, java.io.Writer out) throws java.io.IOException {
                return organizations.exportCsv(query, out);
            }

            @Override
            public List<CustomFieldDefinition> customFields() {
                return customFields == null ? List.of()
                        : customFields.definitions(CustomFieldDefinition.ORGANIZATION, false);
            }

            private OrganizationDraft draft(Contact c) {
                return new OrganizationDraft(c.name(), c.industry(), c.emails(), c.phones(), c.addresses(),
                        c.socialHandles(), c.website(), c.tags(), c.leadSource(), c.stage(), c.owner(), c.notes(),
                        c.externalId(), c.custom());
            }
        };
    }
}
