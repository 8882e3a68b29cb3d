package org.rapport.identity.core.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.rapport.platform.api.access.OrgWideDefault;

/**
 * An admin's org-wide default for a record type. Keyed by the type's id, so the audit trail names the type itself;
 * a type without a row uses the initial default its module declares.
 */
@Entity
@Table(name = "identity_sharing_default")
public class SharingDefaultEntity {

    @Id
    @Column(name = "record_type")
    private String recordType;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_wide_default")
    private OrgWideDefault orgWideDefault;

    protected SharingDefaultEntity() {
    }

    SharingDefaultEntity(String recordType, OrgWideDefault orgWideDefault) {
        this.recordType = recordType;
        this.orgWideDefault = orgWideDefault;
    }

    String getRecordType() { return recordType; }
    OrgWideDefault getOrgWideDefault() { return orgWideDefault; }
    void setOrgWideDefault(OrgWideDefault orgWideDefault) { this.orgWideDefault = orgWideDefault; }
}
