package org.rapport.contacts.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person's many-valued fields: what {@link PersonDuplicates#merge} unites instead of taking one side. Here so the
 * merge and anything that shows it beforehand (the merge page) unite the same way.
 */
public record PersonLists(List<Email> emails, List<Phone> phones, List<PostalAddress> addresses,
        List<SocialHandle> socialHandles, Set<String> tags, List<Affiliation> affiliations) {

    public PersonLists {
        emails = emails == null ? List.of() : List.copyOf(emails);
        phones = phones == null ? List.of() : List.copyOf(phones);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        socialHandles = socialHandles == null ? List.of() : List.copyOf(socialHandles);
        tags = tags == null ? Set.of() : java.util.Collections.unmodifiableSet(new TreeSet<>(tags));
        affiliations = affiliations == null ? List.of() : List.copyOf(affiliations);
    }

    public static PersonLists of(PersonDraft draft) {
        return new PersonLists(draft.emails(), draft.phones(), draft.addresses(), draft.socialHandles(),
                draft.tags(), draft.affiliations());
    }

    /**
     * These lists, then what only {@code merged} has: an email once per address in any case, a phone once per stored
     * number, an organization once (with this side's role), tags as a set in their natural order, addresses and
     * social accounts once when equal.
     */
    public PersonLists unitedWith(PersonLists merged) {
        List<Email> unitedEmails = new ArrayList<>(emails);
        merged.emails.stream().filter(e -> unitedEmails.stream().noneMatch(k -> k.address()
                .equalsIgnoreCase(e.address()))).forEach(unitedEmails::add);
        List<Phone> unitedPhones = new ArrayList<>(phones);
        merged.phones.stream().filter(p -> unitedPhones.stream().noneMatch(k -> k.number().equals(p.number())))
                .forEach(unitedPhones::add);
        List<Affiliation> unitedAffiliations = new ArrayList<>(affiliations);
        merged.affiliations.stream().filter(a -> unitedAffiliations.stream()
                .noneMatch(k -> k.organizationId() == a.organizationId())).forEach(unitedAffiliations::add);
        Set<String> unitedTags = new TreeSet<>(tags);
        unitedTags.addAll(merged.tags);
        return new PersonLists(unitedEmails, unitedPhones, distinct(addresses, merged.addresses),
                distinct(socialHandles, merged.socialHandles), unitedTags, unitedAffiliations);
    }

    private static <T> List<T> distinct(List<T> kept, List<T> merged) {
        Set<T> all = new LinkedHashSet<>(kept);
        all.addAll(merged);
        return List.copyOf(all);
    }
}
