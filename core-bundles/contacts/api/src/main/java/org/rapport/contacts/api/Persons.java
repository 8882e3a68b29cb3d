package org.rapport.contacts.api;

import org.osgi.annotation.versioning.ProviderType;

/** People (contacts). */
@ProviderType
public interface Persons extends ContactRecords<Person, PersonDraft> {

    /**
     * Writes every person the query matches (all pages, in its order) as vCard 4.0, one card each, as the caller sees
     * them (hidden fields are left out). Needs {@code contacts.person.export}; the export is recorded in the audit
     * trail, like {@link #exportCsv}.
     *
     * @return how many cards were written
     * @since 1.2
     */
    long exportVCards(ContactQuery query, java.io.Writer out) throws java.io.IOException;
}
