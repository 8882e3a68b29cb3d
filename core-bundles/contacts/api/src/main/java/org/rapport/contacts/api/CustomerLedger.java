package org.rapport.contacts.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Purchase and payment history of people and organizations, fed by the accounting and inventory connectors (and by
 * hand). Runs as the current caller: reading needs to see the record, recording needs to be allowed to change it.
 * Entries are never changed; a correction is a new entry (e.g. a refund).
 */
@ProviderType
public interface CustomerLedger {

    /** {@code person} or {@code organization}. */
    Purchase recordPurchase(String entity, long id, Purchase purchase);

    Payment recordPayment(String entity, long id, Payment payment);

    /** Newest first. */
    List<Purchase> purchases(String entity, long id, int limit);

    /** Newest first. */
    List<Payment> payments(String entity, long id, int limit);
}
