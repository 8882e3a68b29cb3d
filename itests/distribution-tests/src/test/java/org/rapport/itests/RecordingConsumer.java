package org.rapport.itests;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.rapport.platform.api.events.OutboxConsumer;
import org.rapport.platform.api.events.OutboxEvent;

/** An outbox consumer that counts every delivery per aggregate, to prove "all, and each once". */
final class RecordingConsumer implements OutboxConsumer {

    private final String id;
    private final String topic;
    final Map<String, AtomicInteger> deliveriesByAggregate = new ConcurrentHashMap<>();
    final AtomicInteger deliveries = new AtomicInteger();

    RecordingConsumer(String id, String topic) {
        this.id = id;
        this.topic = topic;
    }

    @Override
    public String consumerId() {
        return id;
    }

    @Override
    public boolean accepts(String eventTopic) {
        return topic.equals(eventTopic);
    }

    @Override
    public void consume(OutboxEvent event) {
        deliveries.incrementAndGet();
        deliveriesByAggregate.computeIfAbsent(event.aggregateId(), key -> new AtomicInteger()).incrementAndGet();
    }

    long aggregatesDeliveredMoreThanOnce() {
        return deliveriesByAggregate.values().stream().filter(count -> count.get() > 1).count();
    }
}
