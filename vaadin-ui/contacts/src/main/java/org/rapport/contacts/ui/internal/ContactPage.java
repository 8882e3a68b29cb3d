package org.rapport.contacts.ui.internal;

import java.util.Optional;

import org.rapport.ui.api.MenuGroups;
import org.rapport.ui.api.ViewContribution;

/** What the contacts pages share as contributions: the Sales section of the drawer, and a permission each. */
abstract class ContactPage implements ViewContribution {

    final ContactKind kind;

    ContactPage(ContactKind kind) {
        this.kind = kind;
    }

    @Override
    public String menuGroup() {
        return MenuGroups.SALES;
    }

    @Override
    public String icon() {
        return kind.icon;
    }

    @Override
    public String titleKey() {
        return kind.key("title");
    }

    @Override
    public int order() {
        return kind == ContactKind.PERSON ? 10 : 20;
    }

    @Override
    public boolean inMenu() {
        return false;
    }

    @Override
    public Optional<String> requiredPermission() {
        return Optional.of(kind.readPermission);
    }

    /** A list: in the drawer. */
    abstract static class List extends ContactPage {
        List(ContactKind kind) {
            super(kind);
        }

        @Override
        public String route() {
            return kind.listRoute();
        }

        @Override
        public boolean inMenu() {
            return true;
        }
    }

    /** A record's page: {@code contacts/persons/42}; reached from lists, search and links. */
    abstract static class Detail extends ContactPage {
        Detail(ContactKind kind) {
            super(kind);
        }

        @Override
        public String route() {
            return kind.listRoute() + "/:id([0-9]+)";
        }
    }

    /** The form for a new record: needs the write permission. */
    abstract static class New extends ContactPage {
        New(ContactKind kind) {
            super(kind);
        }

        @Override
        public String route() {
            return kind.newRoute();
        }

        @Override
        public String titleKey() {
            return kind.key("new");
        }

        @Override
        public Optional<String> requiredPermission() {
            return Optional.of(kind.writePermission);
        }
    }

    /** The form for a stored record: {@code contacts/persons/42/edit}; needs the write permission. */
    abstract static class Edit extends ContactPage {
        Edit(ContactKind kind) {
            super(kind);
        }

        @Override
        public String route() {
            return kind.listRoute() + "/:id([0-9]+)/edit";
        }

        @Override
        public String titleKey() {
            return "contacts.form.edit";
        }

        @Override
        public Optional<String> requiredPermission() {
            return Optional.of(kind.writePermission);
        }
    }
}
