package org.rapport.platform.events.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongPredicate;

import org.rapport.platform.api.events.OutboxConsumer;
import org.rapport.platform.api.events.OutboxEvent;

/** A consumer that remembers what it was given and can be told to fail on some events. */
class RecordingConsumer implements OutboxConsumer {

    private final String id;
    private final StartPosition start;
    final List<OutboxEvent> received = new CopyOnWriteArrayList<>();
    final AtomicInteger calls = new AtomicInteger();
    volatile LongPredicate failOn = seq -> false;

    RecordingConsumer(String id, StartPosition start) {
        this.id = id;
        this.start = start;
    }

    @Override
    public String consumerId() {
        return id;
    }

    @Override
    public StartPosition startPosition() {
        return start;
    }

    @Override
    public void consume(OutboxEvent event) {
        calls.incrementAndGet();
        if (failOn.test(event.sequence())) {
            throw new IllegalStateException("consumer refuses event " + event.sequence());
        }
        received.add(event);
    }

    List<Long> sequences() {
        return received.stream().map(OutboxEvent::sequence).toList();
    }
}
