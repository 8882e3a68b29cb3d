package org.rapport.platform.events.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rapport.platform.api.events.OutboxAdmin.ParkedDelivery;
import org.rapport.platform.api.events.OutboxEvent;

/** {@code rapport_outbox_parked}: events a consumer failed too often, set aside for an admin. */
final class ParkedDeliveries {

    private ParkedDeliveries() {
    }

    /** Parks {@code event}; parked again (a consumer's position was moved back) it refreshes the old entry. */
    static void park(Connection connection, String consumerId, OutboxEvent event, int attempts, String error,
            Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(OutboxSql.REPARK)) {
            statement.setInt(1, attempts);
            statement.setString(2, error);
            statement.setTimestamp(3, OutboxDb.timestamp(now));
            statement.setString(4, consumerId);
            statement.setLong(5, event.sequence());
            if (statement.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(OutboxSql.PARK)) {
            statement.setString(1, consumerId);
            statement.setLong(2, event.sequence());
            statement.setString(3, event.topic());
            statement.setInt(4, attempts);
            statement.setString(5, error);
            statement.setTimestamp(6, OutboxDb.timestamp(now));
            statement.executeUpdate();
        }
    }

    static List<ParkedDelivery> all(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(OutboxSql.ALL_PARKED);
                ResultSet rows = statement.executeQuery()) {
            List<ParkedDelivery> parked = new ArrayList<>();
            while (rows.next()) {
                parked.add(parked(rows));
            }
            return parked;
        }
    }

    /** The parked delivery, locked until the transaction ends so two replays cannot both run it. */
    static Optional<ParkedDelivery> lock(Connection connection, String consumerId, long sequence) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(OutboxSql.LOCK_PARKED)) {
            statement.setString(1, consumerId);
            statement.setLong(2, sequence);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(parked(rows)) : Optional.empty();
            }
        }
    }

    static void remove(Connection connection, String consumerId, long sequence) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(OutboxSql.UNPARK)) {
            statement.setString(1, consumerId);
            statement.setLong(2, sequence);
            statement.executeUpdate();
        }
    }

    static void failedAgain(Connection connection, ParkedDelivery parked, String error) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(OutboxSql.PARKED_FAILED_AGAIN)) {
            statement.setInt(1, parked.attempts() + 1);
            statement.setString(2, error);
            statement.setString(3, parked.consumerId());
            statement.setLong(4, parked.sequence());
            statement.executeUpdate();
        }
    }

    private static ParkedDelivery parked(ResultSet rows) throws SQLException {
        return new ParkedDelivery(rows.getString("consumer_id"), rows.getLong("seq"), rows.getString("topic"),
                rows.getInt("attempts"), rows.getString("last_error"),
                OutboxDb.instant(rows.getTimestamp("parked_at")));
    }
}
