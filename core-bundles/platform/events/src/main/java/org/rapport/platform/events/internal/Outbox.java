package org.rapport.platform.events.internal;

import java.time.Clock;

import javax.sql.DataSource;

import org.rapport.platform.api.events.OutboxAdmin;
import org.rapport.platform.api.events.OutboxConsumer;

/**
 * The dispatcher without OSGi: a DataSource, the consumers registered on this node, the dispatcher thread
 * and the admin view. The DS component and the tests both build one.
 */
final class Outbox {

    private final ConsumerRegistry registry = new ConsumerRegistry();
    private final DispatchRound round;
    private final DispatchLoop loop;
    private final OutboxAdminService admin;

    Outbox(DataSource dataSource, Settings settings, Clock clock, String threadName) {
        OutboxDb db = new OutboxDb(dataSource);
        this.round = new DispatchRound(db, registry, clock);
        this.loop = new DispatchLoop(round, settings, threadName);
        this.admin = new OutboxAdminService(db, registry);
    }

    void start() {
        loop.start();
    }

    /** Stops the dispatcher thread after its current round. */
    void stop(long timeoutMs) {
        loop.stop(timeoutMs);
    }

    void update(Settings settings) {
        loop.update(settings);
    }

    void register(OutboxConsumer consumer) {
        round.positionNow(consumer, loop.settings().batchSize());
        registry.add(consumer);
    }

    void unregister(OutboxConsumer consumer) {
        registry.remove(consumer);
    }

    OutboxAdmin admin() {
        return admin;
    }

    /** One round on the caller's thread, for tests that want to control every step. */
    boolean runRound() {
        return round.run(loop.settings());
    }
}
