package org.rapport.contacts.core.internal;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.rapport.contacts.api.Email;
import org.rapport.contacts.api.LifecycleStage;
import org.rapport.contacts.api.OrganizationDraft;
import org.rapport.contacts.api.Owner;
import org.rapport.contacts.api.Phone;
import org.rapport.contacts.api.PostalAddress;
import org.rapport.contacts.api.SocialHandle;

/** An organization as REST receives it; see {@link PersonBody}. */
@JsonIgnoreProperties(value = {"id", "createdAt", "updatedAt", "hiddenFields", "readOnlyFields"})
record OrganizationBody(String name, String industry, List<Email> emails, List<Phone> phones,
        List<PostalAddress> addresses, List<SocialHandle> socialHandles, String website, Set<String> tags,
        String leadSource, LifecycleStage stage, Owner owner, String notes, String externalId,
        java.util.Map<String, Object> custom, Long version) {

    OrganizationDraft draft() {
        return new OrganizationDraft(name, industry, emails, phones, addresses, socialHandles, website, tags,
                leadSource, stage, owner, notes, externalId, custom);
    }
}
