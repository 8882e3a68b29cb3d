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

    /**
     * Blanks the old and new values of every audit trail row of one of this module's records, in this transaction
     * (who changed what field when stays): for erasing a person's data on request (GDPR art. 17). Call it after the
     * record's own fields were cleared, so the rows of that change are blanked too.
     *
     * @param entity   the entity name as the trail records it (the JPA entity name, e.g. {@code Person})
     * @param entityId the record's id
     */
    void eraseAuditValues(String entity, String entityId);
}
