package org.rapport.platform.events.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.rapport.platform.api.events.OutboxEvent;
import org.rapport.platform.events.internal.ConsumerRegistry.Registered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one batch to one consumer. The consumer's row is claimed for the whole batch, so with several
 * nodes each event reaches the consumer through one node only, and the new position is committed with the
 * batch: a crash in between redelivers at most that batch (at least once; consumers are idempotent).
 */
final class ConsumerDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(ConsumerDelivery.class);

    /** What the batch changes in the consumer's row; written once, at the end. */
    private static final class Progress {
        long position;
        int attempts;
        Instant nextAttemptAt;
        String lastError;
        int handled;
        boolean changed;
    }

    private final OutboxDb db;
    private final Clock clock;

    ConsumerDelivery(OutboxDb db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * @param halted says when to end the batch early (after the event in hand)
     * @return how many events the position moved past (0: nothing new, backing off, or another node or
     *         thread is delivering to this consumer)
     */
    int deliver(Registered registered, Settings settings, BooleanSupplier halted) throws SQLException {
        if (!registered.deliveryLock.tryLock()) {
            return 0; // a replay is running on this node
        }
        try {
            if (registered.withdrawn()) {
                return 0;
            }
            return db.inTransaction((connection, sql) -> deliver(connection, sql, registered, settings, halted));
        } finally {
            registered.deliveryLock.unlock();
        }
    }

    private int deliver(Connection connection, OutboxSql sql, Registered registered, Settings settings,
            BooleanSupplier halted) throws SQLException {
        Progress progress = claim(connection, sql, registered.id);
        if (progress == null) {
            return 0; // another node is delivering to it (or its row is not there yet)
        }
        Instant now = clock.instant();
        if (progress.nextAttemptAt != null && progress.nextAttemptAt.isAfter(now)) {
            return 0;
        }
        List<OutboxEvent> events = OutboxEvents.after(connection, progress.position, settings.batchSize());
        for (OutboxEvent event : events) {
            if (registered.withdrawn() || halted.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                break; // the rest goes to whoever serves this consumer next
            }
            if (!offer(connection, registered, event, progress, settings)) {
                break;
            }
        }
        if (progress.changed) {
            write(connection, registered.id, progress, clock.instant());
        }
        return progress.handled;
    }

    /** @return whether to go on with the next event */
    private boolean offer(Connection connection, Registered registered, OutboxEvent event, Progress progress,
            Settings settings) throws SQLException {
        try {
            if (registered.consumer.accepts(event.topic())) {
                registered.consumer.consume(event);
            }
            advance(progress, event);
            progress.attempts = 0;
            progress.lastError = null;
            return true;
        } catch (InterruptedException e) {
            // Shutting down is not the consumer's failure: keep what was done, retry this event later.
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception | LinkageError | AssertionError e) {
            return failed(connection, registered, event, progress, settings, e);
        }
    }

    private boolean failed(Connection connection, Registered registered, OutboxEvent event, Progress progress,
            Settings settings, Throwable failure) throws SQLException {
        progress.attempts++;
        progress.lastError = Failures.describe(failure);
        progress.changed = true;
        if (progress.attempts >= settings.maxAttempts()) {
            LOG.error("Outbox consumer '{}' failed {} times on event {} ({}); parking it and moving on. "
                    + "See rapport:outbox-parked, retry with rapport:outbox-replay", registered.id,
                    progress.attempts, event.sequence(), event.topic(), failure);
            ParkedDeliveries.park(connection, registered.id, event, progress.attempts, progress.lastError,
                    clock.instant());
            advance(progress, event);
            progress.attempts = 0;
            return true;
        }
        progress.nextAttemptAt = clock.instant().plus(settings.backoff().after(progress.attempts));
        LOG.warn("Outbox consumer '{}' failed on event {} ({}), attempt {} of {}; retrying after {}", registered.id,
                event.sequence(), event.topic(), progress.attempts, settings.maxAttempts(),
                settings.backoff().after(progress.attempts), failure);
        return false;
    }

    private static void advance(Progress progress, OutboxEvent event) {
        progress.position = event.sequence();
        progress.nextAttemptAt = null;
        progress.handled++;
        progress.changed = true;
    }

    private static Progress claim(Connection connection, OutboxSql sql, String consumerId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql.claimConsumer)) {
            statement.setString(1, consumerId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                Progress progress = new Progress();
                progress.position = rows.getLong(1);
                progress.attempts = rows.getInt(2);
                progress.nextAttemptAt = OutboxDb.instant(rows.getTimestamp(3));
                return progress;
            }
        }
    }

    private static void write(Connection connection, String consumerId, Progress progress, Instant now)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(OutboxSql.UPDATE_CONSUMER)) {
            statement.setLong(1, progress.position);
            statement.setInt(2, progress.attempts);
            statement.setTimestamp(3, OutboxDb.timestamp(progress.nextAttemptAt));
            statement.setString(4, progress.lastError);
            statement.setTimestamp(5, OutboxDb.timestamp(now));
            statement.setString(6, consumerId);
            statement.executeUpdate();
        }
    }
}
