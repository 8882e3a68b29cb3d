package org.rapport.contacts.ui.internal;

import com.vaadin.flow.component.Component;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.api.ContactPermissions;
import org.rapport.contacts.api.Persons;
import org.rapport.ui.api.DetailTab;

/** An organization's page gets a "People" tab: who works there, in what role. */
@org.osgi.service.component.annotations.Component(service = DetailTab.class)
public final class OrganizationPeopleTab extends ContactTab {

    private final Persons persons;

    @Activate
    public OrganizationPeopleTab(@Reference Persons persons) {
        super(ContactPermissions.ORGANIZATION_TYPE, "contacts.organization.people", 10, ContactPermissions.PERSON_READ);
        this.persons = persons;
    }

    @Override
    public Component create(String recordId) {
        return new OrganizationPeoplePanel(persons, Long.parseLong(recordId));
    }
}
