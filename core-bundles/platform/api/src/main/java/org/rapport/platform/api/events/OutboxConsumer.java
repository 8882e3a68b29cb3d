package org.rapport.platform.api.events;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives outbox events, registered as an OSGi service. Each consumer has its own durable position:
 * events committed while it is stopped or uninstalled are delivered when it comes back, in sequence
 * order. Delivery is claimed in the database, so with several Rapport nodes on one database each
 * event reaches a consumer through one node only.
 *
 * <p>If {@link #consume} throws, the event is retried with exponential backoff and, after the
 * configured number of attempts, parked for an admin to inspect and replay
 * ({@code rapport:outbox-parked}, {@code rapport:outbox-replay}); the consumer then moves on.
 * Delivery is at least once: a crash between applying an event and recording the new position
 * redelivers it, so consumers are idempotent (for example by remembering the last applied
 * {@link OutboxEvent#sequence()} in the same transaction as their effect).
 */
@ConsumerType
public interface OutboxConsumer {

    /** A stable id, unique in the installation; the consumer's position is stored under it. */
    String consumerId();

    /** Whether this consumer wants events of {@code topic}; others are skipped without a call. */
    default boolean accepts(String topic) {
        return true;
    }

    /** Where a consumer seen for the first time starts reading. */
    default StartPosition startPosition() {
        return StartPosition.LATEST;
    }

    void consume(OutboxEvent event) throws Exception;

    enum StartPosition {
        /** Every event still in the outbox. */
        EARLIEST,
        /** Only events committed after the consumer was first registered. */
        LATEST
    }
}
