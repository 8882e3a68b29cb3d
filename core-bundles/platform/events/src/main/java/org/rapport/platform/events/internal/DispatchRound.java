package org.rapport.platform.events.internal;

import java.time.Clock;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.rapport.platform.api.events.OutboxConsumer;
import org.rapport.platform.api.events.OutboxConsumer.StartPosition;
import org.rapport.platform.events.internal.ConsumerRegistry.Registered;
import org.slf4j.LoggerFactory;

/**
 * One pass of the dispatcher: sequence what committed since the last pass, then give every consumer
 * registered here one batch. Each step fails on its own: one consumer's trouble never stalls the others.
 */
final class DispatchRound {

    private final Sequencer sequencer;
    private final ConsumerPositions positions;
    private final ConsumerDelivery delivery;
    private final ConsumerRegistry registry;
    private final Clock clock;
    private final ErrorLog errors = new ErrorLog(LoggerFactory.getLogger(DispatchRound.class));
    /** Consumers whose position row is known to exist; only touched by the thread running rounds. */
    private final Set<Registered> positioned = Collections.newSetFromMap(new IdentityHashMap<>());
    private volatile boolean halted;

    DispatchRound(OutboxDb db, ConsumerRegistry registry, Clock clock) {
        this.sequencer = new Sequencer(db);
        this.positions = new ConsumerPositions(db);
        this.delivery = new ConsumerDelivery(db, clock);
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * Makes a running round end after the event in hand. Cooperative on purpose: interrupting a thread in
     * JDBC I/O can close H2's file channel or leave a pooled connection broken.
     */
    void halt() {
        halted = true;
    }

    /** @return whether there may be more work right away */
    boolean run(Settings settings) {
        boolean more = false;
        try {
            more = sequencer.sequence(settings.batchSize()) > 0;
            errors.succeeded("sequencer");
        } catch (Exception e) {
            errors.failed("sequencer", e);
        }
        List<Registered> consumers = registry.active();
        positioned.retainAll(Set.copyOf(consumers));
        for (Registered consumer : consumers) {
            if (halted || Thread.currentThread().isInterrupted()) {
                break;
            }
            String step = "delivery to '" + consumer.id + "'";
            try {
                if (!positioned.contains(consumer)) {
                    positions.ensure(consumer.id, startPosition(consumer), clock.instant());
                    positioned.add(consumer);
                }
                more |= delivery.deliver(consumer, settings, () -> halted) > 0;
                errors.succeeded(step);
            } catch (Exception e) {
                errors.failed(step, e);
            }
        }
        return more;
    }

    /**
     * Records a newly registered consumer's start position right away, so that LATEST means "what is
     * committed after registration", not "after the next round". Events already committed get their
     * sequence first, so that LATEST lies after them. If the database is unreachable now, the next round
     * does it.
     */
    void positionNow(OutboxConsumer consumer, int batchSize) {
        try {
            while (sequencer.sequence(batchSize) > 0) {
                // keep going until every committed event has its place
            }
            StartPosition start = consumer.startPosition();
            positions.ensure(consumer.consumerId(), start == null ? StartPosition.LATEST : start, clock.instant());
        } catch (Exception e) {
            errors.failed("registration of '" + consumer.consumerId() + "'", e);
        }
    }

    private static StartPosition startPosition(Registered consumer) {
        StartPosition start = consumer.consumer.startPosition();
        return start == null ? StartPosition.LATEST : start;
    }
}
