package org.rapport.contacts.api;

import org.osgi.annotation.versioning.ProviderType;

/** People (contacts). */
@ProviderType
public interface Persons extends ContactRecords<Person, PersonDraft> {
}
