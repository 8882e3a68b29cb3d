package org.rapport.contacts.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An organization as the caller may see it; see {@link Person} for hidden fields. */
public record Organization(long id, long version, String name, String industry, List<Email> emails,
        List<Phone> phones, List<PostalAddress> addresses, List<SocialHandle> socialHandles, String website,
        Set<String> tags, String leadSource, LifecycleStage stage, Owner owner, String notes, String externalId, Instant createdAt,
        Instant updatedAt, Set<String> hiddenFields, Set<String> readOnlyFields, Map<String, Object> custom) {

    public Organization {
        custom = custom == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(custom));
    }

    /** An organization without custom values. */
    public Organization(long id, long version, String name, String industry, List<Email> emails, List<Phone> phones,
            List<PostalAddress> addresses, List<SocialHandle> socialHandles, String website, Set<String> tags,
            String leadSource, LifecycleStage stage, Owner owner, String notes, String externalId, Instant createdAt,
            Instant updatedAt, Set<String> hiddenFields, Set<String> readOnlyFields) {
        this(id, version, name, industry, emails, phones, addresses, socialHandles, website, tags, leadSource, stage,
                owner, notes, externalId, createdAt, updatedAt, hiddenFields, readOnlyFields, Map.of());
    }
}
