package org.rapport.contacts.ui.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.api.CustomFields;
import org.rapport.contacts.api.Organizations;
import org.rapport.contacts.api.PersonDuplicates;
import org.rapport.contacts.api.Persons;
import org.rapport.platform.api.access.RecordAccess;
import org.rapport.platform.api.audit.AuditTrail;
import org.rapport.platform.api.i18n.LocaleFormatting;
import org.rapport.ui.api.DetailTabs;

/**
 * The contacts pages as DS components: each is there while the services it shows are, so disabling the contacts
 * module takes the pages (and open views of them) away.
 */
public final class ContactPages {

    private ContactPages() {
    }

    @Component(service = org.rapport.ui.api.ViewContribution.class)
    public static final class PersonList extends ContactPage.List {
        private final Persons persons;
        private final CustomFields customFields;
        private final LocaleFormatting formatting;
        private final RecordAccess access;
        private final org.rapport.contacts.api.ContactDemoData demo;
        private final org.rapport.contacts.api.Segments segments;

        @Activate
        public PersonList(@Reference Persons persons, @Reference CustomFields customFields, @Reference LocaleFormatting formatting,
                @Reference RecordAccess access, @Reference org.rapport.contacts.api.ContactDemoData demo,
                @Reference org.rapport.contacts.api.Segments segments) {
            super(ContactKind.PERSON);
            this.persons = persons;
            this.customFields = customFields;
            this.formatting = formatting;
            this.access = access;
            this.demo = demo;
            this.segments = segments;
        }

        @Override
        public Class<Views.PersonList> viewType() {
            return Views.PersonList.class;
        }

        @Override
        public com.vaadin.flow.component.Component createView() {
            return new Views.PersonList(ContactService.of(persons, customFields), formatting, access, demo, persons,
                    segments);
        }
    }

    @Component(service = org.rapport.ui.api.ViewContribution.class)
    public static final class PersonDetail extends ContactPage.Detail {
        private final Persons persons;
        private final CustomFields customFields;
        private final LocaleFormatting formatting;
        private final AuditTrail trail;
        private final DetailTabs tabs;

        private final PersonDuplicates duplicates;
        private final org.rapport.contacts.api.PersonPrivacy privacy;

        @Activate
        public PersonDetail(@Reference Persons persons, @Reference CustomFields customFields, @Reference LocaleFormatting formatting,
                @Reference AuditTrail trail, @Reference DetailTabs tabs, @Reference PersonDuplicates duplicates,
                @Reference org.rapport.contacts.api.PersonPrivacy privacy) {
            super(ContactKind.PERSON);
            this.duplicates = duplicates;
            this.privacy = privacy;
            this.persons = persons;
            this.customFields = customFields;
            this.formatting = formatting;
            this.trail = trail;
            this.tabs = tabs;
        }

        @Override
        public Class<Views.PersonDetail> viewType() {
            return Views.PersonDetail.class;
        }

        @Override
        public com.vaadin.flow.component.Component createView() {
            return new Views.PersonDetail(ContactService.of(persons, customFields), formatting, trail, tabs,
                    duplicates, privacy);
        }
    }

    /** Two people side by side, one merged into the other: {@code contacts/persons/42/merge/43}. */
    @Component(service = org.rapport.ui.api.ViewContribution.class)
    public static final class PersonMerge extends ContactPage {
        private final Persons persons;
        private final CustomFields customFields;
        private final PersonDuplicates duplicates;
        private final LocaleFormatting formatting;

        @Activate
        public PersonMerge(@Reference Persons persons, @Reference CustomFields customFields,
                @Reference PersonDuplicates duplicates, @Reference LocaleFormatting formatting) {
            super(ContactKind.PERSON);
            this.persons = persons;
            this.customFields = customFields;
            this.duplicates = duplicates;
            this.formatting = formatting;
        }

        @Override
        public String route() {
            return kind.listRoute() + "/:id([0-9]+)/merge/:mergedId([0-9]+)";
        }

        @Override
        public String titleKey() {
            return "contacts.merge.title";
        }

        /** Merging deletes one of the two; the page itself also asks for the write permission. */
        @Override
        public java.util.Optional<String> requiredPermission() {
            return java.util.Optional.of(kind.deletePermission);
        }

        @Override
        public Class<Views.PersonMerge> viewType() {
            return Views.PersonMerge.class;
        }

        @Override
        public com.vaadin.flow.component.Component createView() {
            return new Views.PersonMerge(ContactService.of(persons, customFields), duplicates, formatting);
        }
    }

    @Component(service = org.rapport.ui.api.ViewContribution.class)
    public static final class PersonNew extends ContactPage.New {
        private final Persons persons;
        private final CustomFields customFields;
        private final RecordAccess access;
        private final PersonDuplicates duplicates;
        private final LocaleFormatting formatting;

        @Activate
        public PersonNew(@Reference Persons persons, @Reference CustomFields customFields, @Reference RecordAccess access,
                @Reference PersonDuplicates duplicates, @Reference LocaleFormatting formatting) {
            super(ContactKind.PERSON);
            this.persons = persons;
            this.customFields = customFields;
            this.access = access;
            this.duplicates = duplicates;
            this.formatting = formatting;
        }

        @Override
        public Class<Views.PersonNew> viewType() {
            return Views.PersonNew.class;
        }

        @Override
        public com.vaadin.flow.component.Component createView() {
            return new Views.PersonNew(ContactService.of(persons, customFields, duplicates), access, formatting);
        }
    }

    @Component(service = org.rapport.ui.api.ViewContribution.class)
    public static final class PersonEdit extends ContactPage.Edit {
        private final Persons persons;
        private final CustomFields customFields;
        private final LocaleFormatting formatting;

        @Activate
        public PersonEdit(@Reference Persons persons, @Reference CustomFields customFields,
                @Reference LocaleFormatting formatting) {
            super(ContactKind.PERSON);
            this.persons = persons;
            this.customFields = customFields;
            this.formatting = formatting;
        }

        @Override
        public Class<Views.PersonEdit> viewType() {
            return Views.PersonEdit.class;
        }

        @Override
        public com.vaadin.flow.component.Component createView() {
            return new Views.PersonEdit(ContactService.of(persons, customFields), formatting);
        }
    }

    @Component(service = org.rapport.ui.api.ViewContribution.class)
    public static final class OrganizationList extends ContactPage.List {
        private final Organizations organizations;
        private final CustomFields customFields;
        private final LocaleFormatting formatting;
        private final RecordAccess access;

        @Activate
        public OrganizationList(@Reference Organizations organizations, @Reference CustomFields customFields, @Reference LocaleFormatting formatting,
                @Reference RecordAccess access) {
            super(ContactKind.ORGANIZATION);
            this.organizations = organizations;
            this.customFields = customFields;
            this.formatting = formatting;
            this.access = access;
        }

        @Override
        public Class<Views.OrganizationList> viewType() {
            return Views.OrganizationList.class;
        }

        @Override
        public com.vaadin.flow.component.Component createView() {
            return new Views.OrganizationList(ContactService.of(organizations, customFields), formatting, access);
        }
    }

    @Component(service = org.rapport.ui.api.ViewContribution.class)
    public static final class OrganizationDetail extends ContactPage.Detail {
        private final Organizations organizations;
        private final CustomFields customFields;
        private final LocaleFormatting formatting;
        private final AuditTrail trail;
        private final DetailTabs tabs;

        @Activate
        public OrganizationDetail(@Reference Organizations organizations, @Reference CustomFields customFields, @Reference LocaleFormatting formatting,
                @Reference AuditTrail trail, @Reference DetailTabs tabs) {
            super(ContactKind.ORGANIZATION);
            this.organizations = organizations;
            this.customFields = customFields;
            this.formatting = formatting;
            this.trail = trail;
            this.tabs = tabs;
        }

        @Override
        public Class<Views.OrganizationDetail> viewType() {
            return Views.OrganizationDetail.class;
        }

        @Override
        public com.vaadin.flow.component.Component createView() {
            return new Views.OrganizationDetail(ContactService.of(organizations, customFields), formatting, trail, tabs);
        }
    }

    @Component(service = org.rapport.ui.api.ViewContribution.class)
    public static final class OrganizationNew extends ContactPage.New {
        private final Organizations organizations;
        private final CustomFields customFields;
        private final RecordAccess access;
        private final LocaleFormatting formatting;

        @Activate
        public OrganizationNew(@Reference Organizations organizations, @Reference CustomFields customFields,
                @Reference RecordAccess access, @Reference LocaleFormatting formatting) {
            super(ContactKind.ORGANIZATION);
            this.organizations = organizations;
            this.customFields = customFields;
            this.access = access;
            this.formatting = formatting;
        }

        @Override
        public Class<Views.OrganizationNew> viewType() {
            return Views.OrganizationNew.class;
        }

        @Override
        public com.vaadin.flow.component.Component createView() {
            return new Views.OrganizationNew(ContactService.of(organizations, customFields), access, formatting);
        }
    }

    @Component(service = org.rapport.ui.api.ViewContribution.class)
    public static final class OrganizationEdit extends ContactPage.Edit {
        private final Organizations organizations;
        private final CustomFields customFields;
        private final LocaleFormatting formatting;

        @Activate
        public OrganizationEdit(@Reference Organizations organizations, @Reference CustomFields customFields,
                @Reference LocaleFormatting formatting) {
            super(ContactKind.ORGANIZATION);
            this.organizations = organizations;
            this.customFields = customFields;
            this.formatting = formatting;
        }

        @Override
        public Class<Views.OrganizationEdit> viewType() {
            return Views.OrganizationEdit.class;
        }

        @Override
        public com.vaadin.flow.component.Component createView() {
            return new Views.OrganizationEdit(ContactService.of(organizations, customFields), formatting);
        }
    }
}
