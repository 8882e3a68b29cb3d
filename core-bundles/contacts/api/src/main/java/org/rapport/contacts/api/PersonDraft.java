package org.rapport.contacts.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a caller gives to create or replace a person. Lists may be empty, never {@code null} (nulls are read as
 * empty). {@code externalId} is the record's id in another system (an import key); may be {@code null}. A field the caller may not change (field-level access) must come back as it was, or the change is refused.
 * {@code custom} holds custom field values by key (see {@link CustomFieldType} for their types; text that parses as
 * the type is taken too); {@code null} leaves the stored custom values as they are, a map replaces them (a missing
 * key clears that field).
 */
public record PersonDraft(String firstName, String lastName, List<Email> emails, List<Phone> phones,
        List<PostalAddress> addresses, List<SocialHandle> socialHandles, String website, List<Affiliation> affiliations,
        Set<String> tags, String leadSource, LifecycleStage stage, Owner owner, String notes, String externalId,
        Map<String, Object> custom) {

    public PersonDraft {
        emails = emails == null ? List.of() : List.copyOf(emails);
        phones = phones == null ? List.of() : List.copyOf(phones);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        socialHandles = socialHandles == null ? List.of() : List.copyOf(socialHandles);
        affiliations = affiliations == null ? List.of() : List.copyOf(affiliations);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        custom = custom == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(custom));
    }

    /** A draft that leaves custom values as they are. */
    public PersonDraft(String firstName, String lastName, List<Email> emails, List<Phone> phones,
            List<PostalAddress> addresses, List<SocialHandle> socialHandles, String website,
            List<Affiliation> affiliations, Set<String> tags, String leadSource, LifecycleStage stage, Owner owner,
            String notes, String externalId) {
        this(firstName, lastName, emails, phones, addresses, socialHandles, website, affiliations, tags, leadSource,
                stage, owner, notes, externalId, null);
    }

    public PersonDraft withCustom(Map<String, Object> values) {
        return new PersonDraft(firstName, lastName, emails, phones, addresses, socialHandles, website, affiliations,
                tags, leadSource, stage, owner, notes, externalId, values);
    }

    /** The least a person is: a name, an email, a phone. */
    public static PersonDraft of(String firstName, String lastName, String email, String phone) {
        return new PersonDraft(firstName, lastName, email == null ? List.of() : List.of(new Email(email)),
                phone == null ? List.of() : List.of(new Phone(phone)), List.of(), List.of(), null, List.of(), Set.of(),
                null, null, null, null, null);
    }
}
