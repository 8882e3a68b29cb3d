package org.rapport.platform.api.persistence;

import jakarta.persistence.EntityManager;

import org.osgi.annotation.versioning.ProviderType;
import org.rapport.platform.api.events.DomainEvent;

/** The transaction a piece of {@link TransactionalWork} runs in. */
@ProviderType
public interface TransactionContext {

    /** The entity manager bound to this transaction; do not close it. */
    EntityManager entityManager();

    /**
     * Records {@code event} in the durable outbox as part of this transaction: it is delivered to
     * outbox consumers if and only if the transaction commits.
     */
    void publish(DomainEvent event);
}
