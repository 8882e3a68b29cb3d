package org.rapport.contacts.core.internal;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.rapport.contacts.api.Affiliation;
import org.rapport.contacts.api.Email;
import org.rapport.contacts.api.LifecycleStage;
import org.rapport.contacts.api.Owner;
import org.rapport.contacts.api.PersonDraft;
import org.rapport.contacts.api.Phone;
import org.rapport.contacts.api.PostalAddress;
import org.rapport.contacts.api.SocialHandle;

/**
 * A person as REST receives it: the draft's fields, plus {@code version} for a change. What the server computes
 * (id, display name, times, erasure time, field rules) may be sent back as it was read and is ignored; any other unknown property
 * is refused, so a misspelt field is reported instead of lost. {@code custom} holds custom field values by key
 * (left out: the stored ones stay).
 */
@JsonIgnoreProperties(value = {"id", "displayName", "createdAt", "updatedAt", "erasedAt", "hiddenFields",
    "readOnlyFields"})
record PersonBody(String firstName, String lastName, List<Email> emails, List<Phone> phones,
        List<PostalAddress> addresses, List<SocialHandle> socialHandles, String website, List<Affiliation> affiliations,
        Set<String> tags, String leadSource, LifecycleStage stage, Owner owner, String notes, String externalId,
        java.util.Map<String, Object> custom, Long version) {

    PersonDraft draft() {
        return new PersonDraft(firstName, lastName, emails, phones, addresses, socialHandles, website, affiliations,
                tags, leadSource, stage, owner, notes, externalId, custom);
    }
}
