package org.rapport.contacts.ui.internal;

import java.util.Optional;

import com.vaadin.flow.component.Component;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.api.ContactPermissions;
import org.rapport.contacts.api.Persons;
import org.rapport.ui.api.DetailTab;

/** An organization's page gets a "People" tab: who works there, in what role. */
@org.osgi.service.component.annotations.Component(service = DetailTab.class)
public final class OrganizationPeopleTab implements DetailTab {

    private final Persons persons;

    @Activate
    public OrganizationPeopleTab(@Reference Persons persons) {
        this.persons = persons;
    }

    @Override
    public String recordType() {
        return ContactPermissions.ORGANIZATION_TYPE;
    }

    @Override
    public String titleKey() {
        return "contacts.organization.people";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<String> requiredPermission() {
        return Optional.of(ContactPermissions.PERSON_READ);
    }

    @Override
    public Component create(String recordId) {
        return new OrganizationPeoplePanel(persons, Long.parseLong(recordId));
    }
}
