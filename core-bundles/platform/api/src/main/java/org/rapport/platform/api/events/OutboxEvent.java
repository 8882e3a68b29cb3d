package org.rapport.platform.api.events;

import java.time.Instant;

/**
 * A domain event as delivered from the durable outbox.
 *
 * @param sequence      its position in the outbox; strictly increasing in commit order, so a consumer
 *                      that remembers the last sequence it applied can recognize a redelivery
 * @param sourceModule  the module that published it
 * @param occurredAt    when the publishing transaction wrote it
 */
public record OutboxEvent(long sequence, String sourceModule, String topic, String aggregateType, String aggregateId,
        String payload, Instant occurredAt) {
}
