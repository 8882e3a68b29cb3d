package org.rapport.contacts.ui.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.rapport.contacts.api.Affiliation;
import org.rapport.contacts.api.Email;
import org.rapport.contacts.api.LifecycleStage;
import org.rapport.contacts.api.Organization;
import org.rapport.contacts.api.Owner;
import org.rapport.contacts.api.Person;
import org.rapport.contacts.api.Phone;
import org.rapport.contacts.api.PostalAddress;
import org.rapport.contacts.api.SocialHandle;
import org.rapport.platform.api.access.FieldRule;

/**
 * A person or an organization as the pages show and edit it: the lists, detail pages and forms are the same for
 * both, apart from the name fields. {@code firstName}/{@code lastName} belong to people, {@code name} and
 * {@code industry} to organizations; the other kind leaves them {@code null}. {@code erasedAt} is set on a person
 * whose data was erased: show {@link Texts#shownName} rather than the placeholder {@code displayName}.
 */
record Contact(long id, long version, String displayName, String firstName, String lastName, String name,
        String industry, List<Email> emails, List<Phone> phones, List<PostalAddress> addresses,
        List<SocialHandle> socialHandles, String website, List<Affiliation> affiliations, Set<String> tags,
        String leadSource, LifecycleStage stage, Owner owner, String notes, String externalId, Instant createdAt,
        Instant updatedAt, Set<String> hiddenFields, Set<String> readOnlyFields, Map<String, Object> custom,
        Instant erasedAt) {

    Contact {
        emails = emails == null ? List.of() : List.copyOf(emails);
        phones = phones == null ? List.of() : List.copyOf(phones);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        socialHandles = socialHandles == null ? List.of() : List.copyOf(socialHandles);
        affiliations = affiliations == null ? List.of() : List.copyOf(affiliations);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        hiddenFields = hiddenFields == null ? Set.of() : Set.copyOf(hiddenFields);
        readOnlyFields = readOnlyFields == null ? Set.of() : Set.copyOf(readOnlyFields);
        custom = custom == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(custom));
    }

    static Contact of(Person p) {
        return new Contact(p.id(), p.version(), p.displayName(), p.firstName(), p.lastName(), null, null, p.emails(),
                p.phones(), p.addresses(), p.socialHandles(), p.website(), p.affiliations(), p.tags(), p.leadSource(),
                p.stage(), p.owner(), p.notes(), p.externalId(), p.createdAt(), p.updatedAt(), p.hiddenFields(),
                p.readOnlyFields(), p.custom(), p.erasedAt());
    }

    static Contact of(Organization o) {
        return new Contact(o.id(), o.version(), o.name(), null, null, o.name(), o.industry(), o.emails(), o.phones(),
                o.addresses(), o.socialHandles(), o.website(), List.of(), o.tags(), o.leadSource(), o.stage(),
                o.owner(), o.notes(), o.externalId(), o.createdAt(), o.updatedAt(), o.hiddenFields(), o.readOnlyFields(),
                o.custom(), null);
    }

    /** A record not yet saved: everything empty; the caller's field rules for the type say what is not editable. */
    static Contact blank(Map<String, FieldRule> rules) {
        Set<String> hidden = new TreeSet<>();
        Set<String> readOnly = new TreeSet<>();
        rules.forEach((field, rule) -> {
            if (rule == FieldRule.HIDDEN) {
                hidden.add(field);
            } else if (rule == FieldRule.READ_ONLY) {
                readOnly.add(field);
            }
        });
        return new Contact(0, 0, "", null, null, null, null, List.of(), List.of(), List.of(), List.of(), null, List.of(),
                Set.of(), null, null, null, null, null, null, null, hidden, readOnly, Map.of(), null);
    }

    boolean hidden(String field) {
        return hiddenFields.contains(field);
    }

    boolean readOnly(String field) {
        return readOnlyFields.contains(field);
    }

    String firstEmail() {
        return emails.isEmpty() ? "" : emails.get(0).address();
    }

    String firstPhone() {
        return phones.isEmpty() ? "" : phones.get(0).number();
    }
}
