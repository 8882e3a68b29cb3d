package org.rapport.contacts.core.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity(name = "Organization")
@Table(name = "contacts_organization")
public class OrganizationEntity extends ContactEntity {

    private String name;
    private String industry;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }
}
