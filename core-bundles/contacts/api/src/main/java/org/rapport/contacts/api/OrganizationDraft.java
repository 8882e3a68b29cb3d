package org.rapport.contacts.api;

import java.util.List;
import java.util.Set;

/** What a caller gives to create or replace an organization; see {@link PersonDraft} for the rules. */
public record OrganizationDraft(String name, String industry, List<Email> emails, List<Phone> phones,
        List<PostalAddress> addresses, List<SocialHandle> socialHandles, String website, Set<String> tags,
        String leadSource, LifecycleStage stage, Owner owner, String notes, String externalId) {

    public OrganizationDraft {
        emails = emails == null ? List.of() : List.copyOf(emails);
        phones = phones == null ? List.of() : List.copyOf(phones);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        socialHandles = socialHandles == null ? List.of() : List.copyOf(socialHandles);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }

    public static OrganizationDraft named(String name) {
        return new OrganizationDraft(name, null, List.of(), List.of(), List.of(), List.of(), null, Set.of(), null, null,
                null, null, null);
    }
}
