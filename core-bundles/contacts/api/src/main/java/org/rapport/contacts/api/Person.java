package org.rapport.contacts.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A person as the caller may see them: fields hidden from the caller are {@code null} (lists empty), and named in
 * {@code hiddenFields}.
 */
public record Person(long id, long version, String firstName, String lastName, String displayName,
        List<Email> emails, List<Phone> phones, List<PostalAddress> addresses, List<SocialHandle> socialHandles,
        String website, List<Affiliation> affiliations, Set<String> tags, String leadSource, LifecycleStage stage,
        Owner owner, String notes, String externalId, Instant createdAt, Instant updatedAt, Set<String> hiddenFields,
        Set<String> readOnlyFields) {
}
