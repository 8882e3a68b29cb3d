package org.rapport.contacts.ui.internal;

import org.osgi.service.component.annotations.Component;
import org.rapport.ui.api.UiMessageBundle;

/**
 * The contacts module's texts: its pages, and the titles of the permissions, record types and fields the core
 * module declares (the roles and sharing pages show those).
 */
@Component
public final class ContactsMessages implements UiMessageBundle {

    @Override
    public String baseName() {
        return "OSGI-INF/l10n/contacts";
    }
}
