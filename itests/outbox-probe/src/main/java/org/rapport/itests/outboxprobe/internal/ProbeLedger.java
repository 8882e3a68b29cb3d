package org.rapport.itests.outboxprobe.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import org.rapport.platform.api.events.OutboxEvent;

/**
 * The consumer's bookkeeping, on the connection of its transaction: the idempotency guard, the effect and
 * the raw delivery log commit together, so a crash leaves either all three or none.
 */
final class ProbeLedger {

    private static final String IS_APPLIED = "SELECT 1 FROM probe_applied WHERE seq = ?";
    private static final String MARK_APPLIED =
            "INSERT INTO probe_applied (seq, aggregate_id, node, applied_at) VALUES (?, ?, ?, ?)";
    private static final String EFFECT = "UPDATE probe_tick SET applied_count = applied_count + 1 WHERE id = ?";
    private static final String LOG_DELIVERY = "INSERT INTO probe_delivery"
            + " (seq, aggregate_id, node, duplicate, delivered_at) VALUES (?, ?, ?, ?, ?)";

    private ProbeLedger() {
    }

    /**
     * Applies {@code event} unless its sequence was applied before, and logs the delivery either way.
     * The primary key of {@code probe_applied} is the real guard: should two deliveries of one sequence ever
     * race, the second fails on it, rolls back and is retried by the dispatcher, which then sees it applied.
     *
     * @return whether this delivery applied the event (false: a redelivery, ignored)
     */
    static boolean apply(Connection connection, OutboxEvent event, String node, Instant now) throws SQLException {
        Timestamp at = Timestamp.from(now);
        boolean fresh = !isApplied(connection, event.sequence());
        if (fresh) {
            try (PreparedStatement mark = connection.prepareStatement(MARK_APPLIED)) {
                mark.setLong(1, event.sequence());
                mark.setString(2, event.aggregateId());
                mark.setString(3, node);
                mark.setTimestamp(4, at);
                mark.executeUpdate();
            }
            try (PreparedStatement effect = connection.prepareStatement(EFFECT)) {
                effect.setLong(1, Long.parseLong(event.aggregateId()));
                if (effect.executeUpdate() != 1) {
                    // The tick commits with its event, so it must be there: anything else is a platform bug.
                    throw new SQLException("Event " + event.sequence() + " names tick " + event.aggregateId()
                            + ", which does not exist");
                }
            }
        }
        try (PreparedStatement log = connection.prepareStatement(LOG_DELIVERY)) {
            log.setLong(1, event.sequence());
            log.setString(2, event.aggregateId());
            log.setString(3, node);
            log.setBoolean(4, !fresh);
            log.setTimestamp(5, at);
            log.executeUpdate();
        }
        return fresh;
    }

    private static boolean isApplied(Connection connection, long sequence) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(IS_APPLIED)) {
            statement.setLong(1, sequence);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }
}
