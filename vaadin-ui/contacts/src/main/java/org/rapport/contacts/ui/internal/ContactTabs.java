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

    private static final String ATTACHMENTS = "contacts.attachments.tab";
    private static final String LEDGER = "contacts.ledger.tab";

    private ContactTabs() {
    }

    /** A tab on both kinds of record whose panel shows one record of its kind. */
    abstract static class KindTab extends ContactTab {
        private final ContactKind kind;
        private final java.util.function.BiFunction<ContactKind, Long, com.vaadin.flow.component.Component> panel;

        KindTab(ContactKind kind, String titleKey, int order,
                java.util.function.BiFunction<ContactKind, Long, com.vaadin.flow.component.Component> panel) {
            super(kind.recordType, titleKey, order, kind.readPermission);
            this.kind = kind;
            this.panel = panel;
        }

        @Override
        public com.vaadin.flow.component.Component create(String recordId) {
            return panel.apply(kind, Long.parseLong(recordId));
        }
    }

    /** Files attached to a person. */
    @Component(service = DetailTab.class)
    public static final class PersonAttachments extends KindTab {
        @Activate
        public PersonAttachments(@Reference Attachments attachments, @Reference LocaleFormatting formatting) {
            super(ContactKind.PERSON, ATTACHMENTS, 20, (kind, id) -> new AttachmentsPanel(attachments, formatting,
                    kind, id));
        }
    }

    /** Files attached to an organization. */
    @Component(service = DetailTab.class)
    public static final class OrganizationAttachments extends KindTab {
        @Activate
        public OrganizationAttachments(@Reference Attachments attachments, @Reference LocaleFormatting formatting) {
            super(ContactKind.ORGANIZATION, ATTACHMENTS, 20, (kind, id) -> new AttachmentsPanel(attachments,
                    formatting, kind, id));
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

    /** What a person bought and paid. */
    @Component(service = DetailTab.class)
    public static final class PersonLedger extends KindTab {
        @Activate
        public PersonLedger(@Reference CustomerLedger ledger, @Reference LocaleFormatting formatting) {
            super(ContactKind.PERSON, LEDGER, 30, (kind, id) -> new LedgerPanel(ledger, formatting, kind, id));
        }
    }

    /** What an organization bought and paid. */
    @Component(service = DetailTab.class)
    public static final class OrganizationLedger extends KindTab {
        @Activate
        public OrganizationLedger(@Reference CustomerLedger ledger, @Reference LocaleFormatting formatting) {
            super(ContactKind.ORGANIZATION, LEDGER, 30, (kind, id) -> new LedgerPanel(ledger, formatting, kind, id));
        }
    }
}
