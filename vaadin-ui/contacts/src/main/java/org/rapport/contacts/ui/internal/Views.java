package org.rapport.contacts.ui.internal;

import org.rapport.contacts.api.PersonDuplicates;
import org.rapport.platform.api.access.RecordAccess;
import org.rapport.platform.api.audit.AuditTrail;
import org.rapport.platform.api.i18n.LocaleFormatting;
import org.rapport.ui.api.DetailTabs;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;

/**
 * The concrete view classes. The shell tells pages apart by their class (routes, permissions, withdrawal), so each
 * route has its own, however little it adds.
 */
public final class Views {

    private Views() {
    }

    public static final class PersonList extends ContactListView {
        private static final long serialVersionUID = 1L;
        static final int DEMO_PEOPLE = 200;

        private final transient org.rapport.contacts.api.ContactDemoData demo;
        private final transient org.rapport.contacts.api.Persons persons;

        private final transient org.rapport.contacts.api.Segments segments;

        PersonList(ContactService service, LocaleFormatting formatting, RecordAccess access,
                org.rapport.contacts.api.ContactDemoData demo, org.rapport.contacts.api.Persons persons,
                org.rapport.contacts.api.Segments segments) {
            super(service, formatting, access);
            this.demo = demo;
            this.persons = persons;
            this.segments = segments;
        }

        /** The shown filters saved as a segment, conditions on custom fields included, for campaigns to target. */
        @Override
        java.util.List<com.vaadin.flow.component.Component> actions() {
            com.vaadin.flow.component.button.Button save = new com.vaadin.flow.component.button.Button(
                    getTranslation("contacts.list.saveSegment"),
                    com.vaadin.flow.component.icon.VaadinIcon.FILTER.create(), click -> SegmentDialog.open(this,
                            segments, SegmentStarts.of(this, getLocale(), formatting(), customFieldDefinitions(), shownQuery()), saved -> Texts.notice(getTranslation(
                                    "contacts.segments.saved", Texts.isolated(saved.name())),
                                    com.vaadin.flow.component.notification.NotificationVariant.LUMO_SUCCESS)));
            save.setId("contacts-save-segment");
            return java.util.List.of(save);
        }

        /** People also go to address books and phones: the shown list as vCards. */
        @Override
        java.util.List<com.vaadin.flow.component.Component> exports() {
            return java.util.List.of(Downloads.button("contacts-export-vcard",
                    com.vaadin.flow.component.icon.VaadinIcon.USER_CARD, getTranslation("contacts.export.vcard"),
                    () -> Downloads.dated(fileStem(), "vcf"), "text/vcard; charset=UTF-8", out -> {
                        java.io.Writer cards = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
                        persons.exportVCards(shownQuery(), cards);
                        cards.flush();
                    }));
        }

        /** A first-time user with an empty list is offered sample people in their own scripts. */
        @Override
        java.util.Optional<com.vaadin.flow.component.Component> emptyListOffer() {
            if (!Texts.callerHas(org.rapport.contacts.api.ContactPermissions.PERSON_IMPORT)
                    || !Texts.callerHas(org.rapport.contacts.api.ContactPermissions.PERSON_WRITE)) {
                return java.util.Optional.empty();
            }
            com.vaadin.flow.component.button.Button sample = new com.vaadin.flow.component.button.Button(
                    getTranslation("contacts.persons.demo", DEMO_PEOPLE), click -> loadDemo());
            sample.setId("contacts-demo");
            return java.util.Optional.of(sample);
        }

        private void loadDemo() {
            try {
                long job = demo.load(DEMO_PEOPLE).id();
                getUI().ifPresent(ui -> ui.navigate(ImportPage.ROUTE,
                        com.vaadin.flow.router.QueryParameters.of("job", String.valueOf(job))));
            } catch (java.io.IOException | RuntimeException failed) {
                com.vaadin.flow.component.notification.Notification.show(
                        getTranslation("contacts.persons.demo.failed", ProblemTexts.translate(this, String.valueOf(failed.getMessage()))));
            }
        }

        @Override
        void columns(Grid<Contact> grid) {
            commonColumns(grid, false);
        }
    }

    public static final class OrganizationList extends ContactListView {
        private static final long serialVersionUID = 1L;

        OrganizationList(ContactService service, LocaleFormatting formatting, RecordAccess access) {
            super(service, formatting, access);
        }

        @Override
        void columns(Grid<Contact> grid) {
            commonColumns(grid, true);
        }
    }

    public static final class PersonDetail extends ContactDetailView {
        private static final long serialVersionUID = 1L;

        private final transient PersonDuplicates duplicates;
        private final transient org.rapport.contacts.api.PersonPrivacy privacy;

        PersonDetail(ContactService service, LocaleFormatting formatting, AuditTrail trail, DetailTabs tabs,
                PersonDuplicates duplicates, org.rapport.contacts.api.PersonPrivacy privacy) {
            super(service, formatting, trail, tabs);
            this.duplicates = duplicates;
            this.privacy = privacy;
        }

        /** The GDPR archive and erasure; an erased person's page shows the erased record. */
        @Override
        java.util.List<com.vaadin.flow.component.Component> actions(Contact contact) {
            // navigating again reads the record anew, and the shell's title with it
            return PrivacyActions.of(this, privacy, contact, erased -> getUI().ifPresent(ui -> ui.navigate(
                    ContactKind.PERSON.detailRoute(erased))));
        }

        /**
         * Possible duplicates, for those who may merge them: merging changes one person and deletes the other. An
         * erased person is never merged, so their page has no such tab.
         */
        @Override
        void ownTabs(TabSheet sheet, Contact contact) {
            if (DuplicatesPanel.mayMerge() && contact.erasedAt() == null) {
                sheet.add(getTranslation("contacts.duplicates.title"),
                        new LazyTab(() -> new DuplicatesPanel(duplicates, contact))).setId("contact-tab-duplicates");
            }
        }
    }

    public static final class PersonMerge extends PersonMergeView {
        private static final long serialVersionUID = 1L;

        PersonMerge(ContactService service, PersonDuplicates duplicates, LocaleFormatting formatting) {
            super(service, duplicates, formatting);
        }
    }

    public static final class OrganizationDetail extends ContactDetailView {
        private static final long serialVersionUID = 1L;

        OrganizationDetail(ContactService service, LocaleFormatting formatting, AuditTrail trail, DetailTabs tabs) {
            super(service, formatting, trail, tabs);
        }
    }

    public static final class PersonNew extends ContactFormView {
        private static final long serialVersionUID = 1L;

        PersonNew(ContactService service, RecordAccess access, LocaleFormatting formatting) {
            super(service, false, access, formatting);
        }
    }

    public static final class PersonEdit extends ContactFormView {
        private static final long serialVersionUID = 1L;

        PersonEdit(ContactService service, LocaleFormatting formatting) {
            super(service, true, null, formatting);
        }
    }

    public static final class OrganizationNew extends ContactFormView {
        private static final long serialVersionUID = 1L;

        OrganizationNew(ContactService service, RecordAccess access, LocaleFormatting formatting) {
            super(service, false, access, formatting);
        }
    }

    public static final class OrganizationEdit extends ContactFormView {
        private static final long serialVersionUID = 1L;

        OrganizationEdit(ContactService service, LocaleFormatting formatting) {
            super(service, true, null, formatting);
        }
    }
}
