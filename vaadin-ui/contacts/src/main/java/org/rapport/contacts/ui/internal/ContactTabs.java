package org.rapport.contacts.ui.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.api.Attachments;
import org.rapport.contacts.api.ContactPermissions;
import org.rapport.contacts.api.CustomerLedger;
import org.rapport.contacts.api.PersonPrivacy;
import org.rapport.platform.api.i18n.LocaleFormatting;
import org.rapport.ui.api.DetailTab;

/**
 * The contacts module's own tabs on its record pages, contributed like any module's: Attachments and Purchases &
 * payments on people and organizations, Consents on people. Each is there while the service it shows is.
 */
public final class ContactTabs {

    private ContactTabs() {
    }

    /** Files attached to a person or organization. */
    abstract static class AttachmentsTab extends ContactTab {
        private final Attachments attachments;
        private final LocaleFormatting formatting;
        private final ContactKind kind;

        AttachmentsTab(Attachments attachments, LocaleFormatting formatting, ContactKind kind) {
            super(kind.recordType, "contacts.attachments.tab", 20, kind.readPermission);
            this.attachments = attachments;
            this.formatting = formatting;
            this.kind = kind;
        }

        @Override
        public com.vaadin.flow.component.Component create(String recordId) {
            return new AttachmentsPanel(attachments, formatting, kind, Long.parseLong(recordId));
        }
    }

    @Component(service = DetailTab.class)
    public static final class PersonAttachments extends AttachmentsTab {
        @Activate
        public PersonAttachments(@Reference Attachments attachments, @Reference LocaleFormatting formatting) {
            super(attachments, formatting, ContactKind.PERSON);
        }
    }

    @Component(service = DetailTab.class)
    public static final class OrganizationAttachments extends AttachmentsTab {
        @Activate
        public OrganizationAttachments(@Reference Attachments attachments, @Reference LocaleFormatting formatting) {
            super(attachments, formatting, ContactKind.ORGANIZATION);
        }
    }

    /** A person's consent per channel and its history. */
    @Component(service = DetailTab.class)
    public static final class PersonConsents extends ContactTab {
        private final PersonPrivacy privacy;
        private final LocaleFormatting formatting;

        @Activate
        public PersonConsents(@Reference PersonPrivacy privacy, @Reference LocaleFormatting formatting) {
            super(ContactPermissions.PERSON_TYPE, "contacts.consents.tab", 10, ContactPermissions.PERSON_READ);
            this.privacy = privacy;
            this.formatting = formatting;
        }

        @Override
        public com.vaadin.flow.component.Component create(String recordId) {
            return new ConsentsPanel(privacy, formatting, Long.parseLong(recordId));
        }
    }

    /** What a person or organization bought and paid. */
    abstract static class LedgerTab extends ContactTab {
        private final CustomerLedger ledger;
        private final LocaleFormatting formatting;
        private final ContactKind kind;

        LedgerTab(CustomerLedger ledger, LocaleFormatting formatting, ContactKind kind) {
            super(kind.recordType, "contacts.ledger.tab", 30, kind.readPermission);
            this.ledger = ledger;
            this.formatting = formatting;
            this.kind = kind;
        }

        @Override
        public com.vaadin.flow.component.Component create(String recordId) {
            return new LedgerPanel(ledger, formatting, kind, Long.parseLong(recordId));
        }
    }

    @Component(service = DetailTab.class)
    public static final class PersonLedger extends LedgerTab {
        @Activate
        public PersonLedger(@Reference CustomerLedger ledger, @Reference LocaleFormatting formatting) {
            super(ledger, formatting, ContactKind.PERSON);
        }
    }

    @Component(service = DetailTab.class)
    public static final class OrganizationLedger extends LedgerTab {
        @Activate
        public OrganizationLedger(@Reference CustomerLedger ledger, @Reference LocaleFormatting formatting) {
            super(ledger, formatting, ContactKind.ORGANIZATION);
        }
    }
}
