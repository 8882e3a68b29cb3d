package org.rapport.contacts.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a caller gives to create or replace an organization; see {@link PersonDraft} for the rules. */
public record OrganizationDraft(String name, String industry, List<Email> emails, List<Phone> phones,
        List<PostalAddress> addresses, List<SocialHandle> socialHandles, String website, Set<String> tags,
        String leadSource, LifecycleStage stage, Owner owner, String notes, String externalId,
        Map<String, Object> custom) {

    public OrganizationDraft {
        emails = emails == null ? List.of() : List.copyOf(emails);
        phones = phones == null ? List.of() : List.copyOf(phones);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        socialHandles = socialHandles == null ? List.of() : List.copyOf(socialHandles);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        custom = custom == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(custom));
    }

    /** A draft that leaves custom values as they are. */
    public OrganizationDraft(String name, String industry, List<Email> emails, List<Phone> phones,
            List<PostalAddress> addresses, List<SocialHandle> socialHandles, String website, Set<String> tags,
            String leadSource, LifecycleStage stage, Owner owner, String notes, String externalId) {
        this(name, industry, emails, phones, addresses, socialHandles, website, tags, leadSource, stage, owner, notes,
                externalId, null);
    }

    public OrganizationDraft withCustom(Map<String, Object> values) {
        return new OrganizationDraft(name, industry, emails, phones, addresses, socialHandles, website, tags,
                leadSource, stage, owner, notes, externalId, values);
    }

    public static OrganizationDraft named(String name) {
        return new OrganizationDraft(name, null, List.of(), List.of(), List.of(), List.of(), null, Set.of(), null, null,
                null, null, null);
    }
}
