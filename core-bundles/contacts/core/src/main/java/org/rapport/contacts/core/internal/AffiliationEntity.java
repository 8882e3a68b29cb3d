package org.rapport.contacts.core.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity(name = "Affiliation")
@Table(name = "contacts_affiliation")
public class AffiliationEntity {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    @Column(name = "person_id")
    private long personId;

    @Column(name = "organization_id")
    private long organizationId;

    private String role;

    protected AffiliationEntity() {
    }

    AffiliationEntity(long personId, long organizationId, String role) {
        this.personId = personId;
        this.organizationId = organizationId;
        this.role = role;
    }

    Long getId() {
        return id;
    }

    long getPersonId() {
        return personId;
    }

    long getOrganizationId() {
        return organizationId;
    }

    String getRole() {
        return role;
    }

    void setRole(String role) {
        this.role = role;
    }
}
