package org.rapport.contacts.core.internal;

import java.util.List;
import java.util.Set;

import org.rapport.contacts.api.Email;
import org.rapport.contacts.api.LifecycleStage;
import org.rapport.contacts.api.Owner;
import org.rapport.contacts.api.Phone;
import org.rapport.contacts.api.PostalAddress;
import org.rapport.contacts.api.SocialHandle;

/** The fields people and organizations have alike: checked from a draft, read from and written to an entity. */
final class SharedFields {

    private SharedFields() {
    }

    /** Checks the shared fields of a draft into {@code values}; problems go to {@code check}. */
    static FieldValues checked(FieldValues values, DraftCheck check, List<Email> emails, List<Phone> phones,
            List<PostalAddress> addresses, List<SocialHandle> handles, String website, Set<String> tags,
            String leadSource, LifecycleStage stage, Owner owner, String notes, String externalId) {
        return values.put("emails", check.emails(emails)).put("phones", check.phones(phones))
                .put("addresses", check.addresses(addresses)).put("socialHandles", check.socialHandles(handles))
                .put("website", check.website(website)).put("tags", check.tags(tags))
                .put("leadSource", check.text("leadSource", leadSource, 100))
                .put("stage", stage == null ? null : stage.name()).put("owner", check.owner(owner))
                .put("notes", check.text("notes", notes, 100_000))
                .put("externalId", check.text("externalId", externalId, 200));
    }

    /** The shared fields as stored, into {@code values}. */
    static FieldValues stored(FieldValues values, ContactEntity e) {
        return values.put("emails", ContactJson.emails(e.getEmails())).put("phones", ContactJson.phones(e.getPhones()))
                .put("addresses", ContactJson.addresses(e.getAddresses()))
                .put("socialHandles", ContactJson.socialHandles(e.getSocialHandles())).put("website", e.getWebsite())
                .put("tags", ContactJson.tags(e.getTags())).put("leadSource", e.getLeadSource())
                .put("stage", e.getStage()).put("owner", new Owner(e.getOwnerUserId(), e.getOwnerTeamId()))
                .put("notes", e.getNotes()).put("externalId", e.getExternalId());
    }

    @SuppressWarnings("unchecked")
    static void apply(ContactEntity e, FieldValues values) {
        e.setEmails(ContactJson.write((List<Email>) values.get("emails")));
        e.setPhones(ContactJson.write((List<Phone>) values.get("phones")));
        e.setAddresses(ContactJson.write((List<PostalAddress>) values.get("addresses")));
        e.setSocialHandles(ContactJson.write((List<SocialHandle>) values.get("socialHandles")));
        e.setWebsite((String) values.get("website"));
        e.setTags(ContactJson.write((Set<String>) values.get("tags")));
        e.setLeadSource((String) values.get("leadSource"));
        e.setStage((String) values.get("stage"));
        Owner owner = (Owner) values.get("owner");
        e.setOwnerUserId(owner == null ? null : owner.userId());
        e.setOwnerTeamId(owner == null ? null : owner.teamId());
        e.setNotes((String) values.get("notes"));
        e.setExternalId((String) values.get("externalId"));
    }
}
