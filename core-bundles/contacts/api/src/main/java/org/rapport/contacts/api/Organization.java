package org.rapport.contacts.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** An organization as the caller may see it; see {@link Person} for hidden fields. */
public record Organization(long id, long version, String name, String industry, List<Email> emails,
        List<Phone> phones, List<PostalAddress> addresses, List<SocialHandle> socialHandles, String website,
        Set<String> tags, String leadSource, LifecycleStage stage, Owner owner, String notes, String externalId, Instant createdAt,
        Instant updatedAt, Set<String> hiddenFields, Set<String> readOnlyFields) {
}
