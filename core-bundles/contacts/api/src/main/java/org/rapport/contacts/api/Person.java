package org.rapport.contacts.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person as the caller may see them: fields hidden from the caller are {@code null} (lists empty), and named in
 * {@code hiddenFields}. {@code custom} holds the values of the active custom fields the record has, by key, typed as
 * {@link CustomFieldType} says (a custom field hidden from the caller is named {@code custom.<key>} in
 * {@code hiddenFields}). {@code erasedAt} is when the person's data was erased on request
 * ({@link PersonPrivacy#erase}), {@code null} if it never was: such a record keeps a placeholder name, which readers
 * should show as "erased person" in their own words.
 */
public record Person(long id, long version, String firstName, String lastName, String displayName,
        List<Email> emails, List<Phone> phones, List<PostalAddress> addresses, List<SocialHandle> socialHandles,
        String website, List<Affiliation> affiliations, Set<String> tags, String leadSource, LifecycleStage stage,
        Owner owner, String notes, String externalId, Instant createdAt, Instant updatedAt, Set<String> hiddenFields,
        Set<String> readOnlyFields, Map<String, Object> custom, Instant erasedAt) {

    public Person {
        custom = custom == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(custom));
    }

    /** A person never erased. */
    public Person(long id, long version, String firstName, String lastName, String displayName, List<Email> emails,
            List<Phone> phones, List<PostalAddress> addresses, List<SocialHandle> socialHandles, String website,
            List<Affiliation> affiliations, Set<String> tags, String leadSource, LifecycleStage stage, Owner owner,
            String notes, String externalId, Instant createdAt, Instant updatedAt, Set<String> hiddenFields,
            Set<String> readOnlyFields, Map<String, Object> custom) {
        this(id, version, firstName, lastName, displayName, emails, phones, addresses, socialHandles, website,
                affiliations, tags, leadSource, stage, owner, notes, externalId, createdAt, updatedAt, hiddenFields,
                readOnlyFields, custom, null);
    }

    /** A person never erased, without custom values. */
    public Person(long id, long version, String firstName, String lastName, String displayName, List<Email> emails,
            List<Phone> phones, List<PostalAddress> addresses, List<SocialHandle> socialHandles, String website,
            List<Affiliation> affiliations, Set<String> tags, String leadSource, LifecycleStage stage, Owner owner,
            String notes, String externalId, Instant createdAt, Instant updatedAt, Set<String> hiddenFields,
            Set<String> readOnlyFields) {
        this(id, version, firstName, lastName, displayName, emails, phones, addresses, socialHandles, website,
                affiliations, tags, leadSource, stage, owner, notes, externalId, createdAt, updatedAt, hiddenFields,
                readOnlyFields, Map.of(), null);
    }

    /** Whether the person's data was erased on request. */
    public boolean erased() {
        return erasedAt != null;
    }
}
