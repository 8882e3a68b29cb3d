package org.rapport.contacts.core.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What people and organizations store alike. Lists (emails, phones, addresses, social handles, tags) are JSON text:
 * they are read and written with their record, and what must be found by them is in {@link TermEntity}.
 */
@MappedSuperclass
public abstract class ContactEntity {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    @Column(name = "sort_key")
    private String sortKey;

    @Lob
    private String emails;
    @Lob
    private String phones;
    @Lob
    private String addresses;

    @Lob
    @Column(name = "social_handles")
    private String socialHandles;

    private String website;
    @Lob
    private String tags;

    @Column(name = "lead_source")
    private String leadSource;

    private String stage;

    @Column(name = "owner_user_id")
    private Long ownerUserId;

    @Column(name = "owner_team_id")
    private Long ownerTeamId;

    @Lob
    private String notes;

    @Column(name = "external_id")
    private String externalId;

    /** Custom field values as JSON ({@link CustomValuesJson}); their filterable copy is in {@link CustomValueEntity}. */
    @Lob
    @Column(name = "custom_values")
    private String customValues;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getSortKey() {
        return sortKey;
    }

    public void setSortKey(String sortKey) {
        this.sortKey = sortKey;
    }

    public String getEmails() {
        return emails;
    }

    public void setEmails(String emails) {
        this.emails = emails;
    }

    public String getPhones() {
        return phones;
    }

    public void setPhones(String phones) {
        this.phones = phones;
    }

    public String getAddresses() {
        return addresses;
    }

    public void setAddresses(String addresses) {
        this.addresses = addresses;
    }

    public String getSocialHandles() {
        return socialHandles;
    }

    public void setSocialHandles(String socialHandles) {
        this.socialHandles = socialHandles;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getLeadSource() {
        return leadSource;
    }

    public void setLeadSource(String leadSource) {
        this.leadSource = leadSource;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public Long getOwnerUserId() {
        return ownerUserId;
    }

    public void setOwnerUserId(Long ownerUserId) {
        this.ownerUserId = ownerUserId;
    }

    public Long getOwnerTeamId() {
        return ownerTeamId;
    }

    public void setOwnerTeamId(Long ownerTeamId) {
        this.ownerTeamId = ownerTeamId;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public String getCustomValues() {
        return customValues;
    }

    public void setCustomValues(String customValues) {
        this.customValues = customValues;
    }
}
