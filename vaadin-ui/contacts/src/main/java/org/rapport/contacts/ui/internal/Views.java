package org.rapport.contacts.ui.internal;

import org.rapport.platform.api.access.RecordAccess;
import org.rapport.platform.api.audit.AuditTrail;
import org.rapport.platform.api.i18n.LocaleFormatting;
import org.rapport.ui.api.DetailTabs;

import com.vaadin.flow.component.grid.Grid;

/**
 * The concrete view classes. The shell tells pages apart by their class (routes, permissions, withdrawal), so each
 * route has its own, however little it adds.
 */
public final class Views {

    private Views() {
    }

    public static final class PersonList extends ContactListView {
        private static final long serialVersionUID = 1L;

        PersonList(ContactService service, LocaleFormatting formatting, RecordAccess access) {
            super(service, formatting, access);
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

        PersonDetail(ContactService service, LocaleFormatting formatting, AuditTrail trail, DetailTabs tabs) {
            super(service, formatting, trail, tabs);
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

        PersonNew(ContactService service, RecordAccess access) {
            super(service, false, access);
        }
    }

    public static final class PersonEdit extends ContactFormView {
        private static final long serialVersionUID = 1L;

        PersonEdit(ContactService service) {
            super(service, true, null);
        }
    }

    public static final class OrganizationNew extends ContactFormView {
        private static final long serialVersionUID = 1L;

        OrganizationNew(ContactService service, RecordAccess access) {
            super(service, false, access);
        }
    }

    public static final class OrganizationEdit extends ContactFormView {
        private static final long serialVersionUID = 1L;

        OrganizationEdit(ContactService service) {
            super(service, true, null);
        }
    }
}
