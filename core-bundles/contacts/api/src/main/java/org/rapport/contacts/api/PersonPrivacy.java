package org.rapport.contacts.api;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Consent and the rights of the people a company stores (GDPR): what they agreed to, everything held about them, and
 * erasure. Runs as the current caller; a person they may not see is a {@link ContactNotFoundException}.
 */
@ProviderType
public interface PersonPrivacy {

    /** The consent that holds now on each channel a decision was recorded for, in channel order. */
    List<Consent> consents(long personId);

    /** Every recorded decision, newest first. */
    List<Consent> consentHistory(long personId);

    /** Records a decision (needs write access to the person); it holds from now on. */
    Consent recordConsent(long personId, ConsentChannel channel, boolean granted, String source);

    /**
     * Writes a ZIP archive of everything this module holds about the person, machine-readable (JSON): the record,
     * organizations, consents, the change history, purchases and payments, and the attachments with their files.
     * Needs {@code contacts.person.export}.
     */
    void exportArchive(long personId, OutputStream zip) throws IOException;

    /**
     * Erases the person: every field that identifies them is cleared (the record stays, named "Erased", so
     * references elsewhere do not break), consents and shares are deleted, search terms removed, and the values in
     * the record's change history blanked. The record's {@link Person#erasedAt()} says when: show it as an erased
     * person in the reader's language rather than its placeholder name. Erasing it again keeps that first time.
     * Needs {@code contacts.person.erase}. Cannot be undone.
     */
    void erase(long personId, long expectedVersion);
}
