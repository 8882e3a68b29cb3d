package org.rapport.platform.events.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.rapport.platform.api.events.OutboxConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox consumers registered on this node, by consumer id. A second service with an id already in use
 * waits in line: it takes over when the first goes away, so one position is never fed by two services.
 */
final class ConsumerRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ConsumerRegistry.class);

    /** How long unregistering waits for a delivery in progress before letting the service go anyway. */
    private static final long RELEASE_WAIT_SECONDS = 30;

    /** One registered consumer service; its lock is held while anything on this node delivers to it. */
    static final class Registered {
        final String id;
        final OutboxConsumer consumer;
        final ReentrantLock deliveryLock = new ReentrantLock();
        private volatile boolean withdrawn;

        Registered(String id, OutboxConsumer consumer) {
            this.id = id;
            this.consumer = consumer;
        }

        /** Whether the service was unregistered: stop calling it. */
        boolean withdrawn() {
            return withdrawn;
        }
    }

    private final Map<String, Deque<Registered>> byId = new LinkedHashMap<>();

    void add(OutboxConsumer consumer) {
        String id;
        try {
            id = consumer.consumerId();
        } catch (RuntimeException e) {
            LOG.error("Ignoring outbox consumer {}: its consumerId() failed", consumer, e);
            return;
        }
        if (id == null || id.isBlank() || id.length() > 200) {
            LOG.error("Ignoring outbox consumer {}: its id '{}' must be 1 to 200 characters", consumer, id);
            return;
        }
        synchronized (byId) {
            Deque<Registered> line = byId.computeIfAbsent(id, key -> new ArrayDeque<>());
            line.addLast(new Registered(id, consumer));
            if (line.size() > 1) {
                LOG.warn("Outbox consumer id '{}' is already registered on this node by {}; {} waits until it goes",
                        id, line.peekFirst().consumer, consumer);
            }
        }
    }

    /**
     * Forgets {@code consumer}; if it is being delivered to, waits for that delivery to finish (it stops after
     * the current event) so the service is not called after it left.
     */
    void remove(OutboxConsumer consumer) {
        Registered removed = null;
        synchronized (byId) {
            for (Deque<Registered> line : byId.values()) {
                for (Registered registered : line) {
                    if (registered.consumer == consumer) {
                        removed = registered;
                    }
                }
                if (removed != null) {
                    line.remove(removed);
                    if (line.isEmpty()) {
                        byId.remove(removed.id);
                    }
                    break;
                }
            }
        }
        if (removed == null) {
            return;
        }
        removed.withdrawn = true;
        awaitRelease(removed);
    }

    /** The consumer serving each id, in registration order. */
    List<Registered> active() {
        synchronized (byId) {
            List<Registered> active = new ArrayList<>(byId.size());
            for (Deque<Registered> line : byId.values()) {
                active.add(line.peekFirst());
            }
            return active;
        }
    }

    Optional<Registered> active(String consumerId) {
        synchronized (byId) {
            Deque<Registered> line = byId.get(consumerId);
            return line == null ? Optional.empty() : Optional.of(line.peekFirst());
        }
    }

    private static void awaitRelease(Registered removed) {
        if (removed.deliveryLock.isHeldByCurrentThread()) {
            return;
        }
        try {
            if (removed.deliveryLock.tryLock(RELEASE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                removed.deliveryLock.unlock();
            } else {
                LOG.warn("Outbox consumer '{}' was unregistered while a delivery to it ran for over {}s; "
                        + "letting it go anyway", removed.id, RELEASE_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
