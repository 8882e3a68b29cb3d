package org.rapport.contacts.core.internal;

import java.time.Clock;

import org.rapport.platform.api.access.RecordAccess;
import org.rapport.platform.api.audit.AuditTrail;
import org.rapport.platform.api.i18n.TextFolding;
import org.rapport.platform.api.persistence.ModulePersistence;

/**
 * What the contact stores share: the module's database, the access decisions, folding, the settings, and the audit
 * trail for events that are not entity changes (exports); {@code audit} may be {@code null} in tests.
 */
record ContactContext(ModulePersistence persistence, RecordAccess access, TextFolding folding, PhoneNumbers phones,
        Terms terms, int exactCountLimit, Clock clock, AuditTrail audit) {

    static ContactContext of(ModulePersistence persistence, RecordAccess access, TextFolding folding,
            ContactSettings settings, Clock clock, AuditTrail audit) {
        PhoneNumbers phones = new PhoneNumbers(folding, settings.defaultCountry());
        return new ContactContext(persistence, new RememberedAccess(access), folding, phones, new Terms(folding, phones),
                Math.max(1, settings.exactCountLimit()), clock, audit);
    }
}
