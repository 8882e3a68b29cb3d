package org.rapport.platform.events.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.rapport.platform.api.events.OutboxAdmin;
import org.rapport.platform.api.events.OutboxEvent;
import org.rapport.platform.events.internal.ConsumerPositions.Position;
import org.rapport.platform.events.internal.ConsumerRegistry.Registered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What admins see and do: positions, lag, parked deliveries and their replay. */
final class OutboxAdminService implements OutboxAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxAdminService.class);

    private final OutboxDb db;
    private final ConsumerRegistry registry;
    private final ConsumerPositions positions;
    private final Sequencer sequencer;

    OutboxAdminService(OutboxDb db, ConsumerRegistry registry) {
        this.db = db;
        this.registry = registry;
        this.positions = new ConsumerPositions(db);
        this.sequencer = new Sequencer(db);
    }

    @Override
    public List<ConsumerStatus> consumers() {
        return query("list the outbox consumers", () -> {
            long head = sequencer.head();
            List<ConsumerStatus> statuses = new ArrayList<>();
            for (Position position : positions.all()) {
                statuses.add(new ConsumerStatus(position.consumerId(), position.deliveredSeq(),
                        Math.max(0, head - position.deliveredSeq()),
                        registry.active(position.consumerId()).isPresent(), position.attempts(),
                        position.lastError()));
            }
            return statuses;
        });
    }

    @Override
    public List<ParkedDelivery> parked() {
        return query("list the parked outbox deliveries",
                () -> db.inTransaction((connection, sql) -> ParkedDeliveries.all(connection)));
    }

    @Override
    public long headSequence() {
        return query("read the outbox head", sequencer::head);
    }

    @Override
    public boolean replay(String consumerId, long sequence) {
        Registered registered = registry.active(consumerId).orElseThrow(() -> new IllegalArgumentException(
                "Outbox consumer '" + consumerId + "' is not running on this node; start it (or replay on a node "
                        + "where it runs) and try again"));
        // The same lock the dispatcher takes: the consumer is never called by two threads of this node at once.
        registered.deliveryLock.lock();
        try {
            return query("replay event " + sequence + " to '" + consumerId + "'",
                    () -> db.inTransaction((connection, sql) -> replay(connection, registered, sequence)));
        } finally {
            registered.deliveryLock.unlock();
        }
    }

    private boolean replay(Connection connection, Registered registered, long sequence) throws SQLException {
        // Waits for a batch another node is delivering to this consumer, so the consumer sees one caller.
        try (PreparedStatement statement = connection.prepareStatement(OutboxSql.LOCK_CONSUMER_WAIT)) {
            statement.setString(1, registered.id);
            statement.executeQuery().close();
        }
        ParkedDelivery parked = ParkedDeliveries.lock(connection, registered.id, sequence)
                .orElseThrow(() -> new IllegalArgumentException("No parked delivery of event " + sequence
                        + " to outbox consumer '" + registered.id + "' (see rapport:outbox-parked)"));
        OutboxEvent event = OutboxEvents.at(connection, sequence)
                .orElseThrow(() -> new IllegalArgumentException("Event " + sequence
                        + " is no longer in the outbox; it cannot be replayed"));
        try {
            registered.consumer.consume(event);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while replaying event " + sequence, e);
        } catch (Exception | LinkageError | AssertionError e) {
            LOG.warn("Replaying event {} to outbox consumer '{}' failed again; it stays parked", sequence,
                    registered.id, e);
            ParkedDeliveries.failedAgain(connection, parked, Failures.describe(e));
            return false;
        }
        ParkedDeliveries.remove(connection, registered.id, sequence);
        LOG.info("Replayed event {} to outbox consumer '{}'; it is no longer parked", sequence, registered.id);
        return true;
    }

    @FunctionalInterface
    private interface Query<T> {
        T run() throws SQLException;
    }

    private static <T> T query(String what, Query<T> query) {
        try {
            return query.run();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not " + what + ": the database said " + e.getMessage(), e);
        }
    }
}
