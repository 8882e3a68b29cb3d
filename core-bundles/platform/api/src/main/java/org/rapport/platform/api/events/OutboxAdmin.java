package org.rapport.platform.api.events;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** What an admin can see and do with outbox deliveries. */
@ProviderType
public interface OutboxAdmin {

    /** Every consumer the outbox knows, connected now or not. */
    List<ConsumerStatus> consumers();

    /** Deliveries that failed too often and were set aside, oldest first. */
    List<ParkedDelivery> parked();

    /**
     * Delivers a parked event to its consumer again, now. On success it leaves the parked list.
     *
     * @return {@code true} if the consumer accepted it; {@code false} if it failed again (it stays parked
     *         with the new error)
     * @throws IllegalArgumentException if no such parked delivery exists or its consumer is not running
     */
    boolean replay(String consumerId, long sequence);

    /** The head of the outbox: the highest sequence assigned so far (0 if empty). */
    long headSequence();

    /**
     * @param position    the last sequence the consumer has processed
     * @param lag         how many sequenced events lie beyond its position
     * @param connected   whether the consumer service is registered on this node now
     * @param attempts    failed attempts on the event after {@code position}
     * @param lastError   the last delivery error, or {@code null}
     */
    record ConsumerStatus(String consumerId, long position, long lag, boolean connected, int attempts,
            String lastError) {
    }

    record ParkedDelivery(String consumerId, long sequence, String topic, int attempts, String lastError,
            java.time.Instant parkedAt) {
    }
}
