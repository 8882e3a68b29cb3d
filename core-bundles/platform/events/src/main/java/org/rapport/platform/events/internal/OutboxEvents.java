package org.rapport.platform.events.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rapport.platform.api.events.OutboxEvent;

/** Reads sequenced events from {@code rapport_outbox}. */
final class OutboxEvents {

    private OutboxEvents() {
    }

    /** Up to {@code limit} events after {@code position}, in sequence order. */
    static List<OutboxEvent> after(Connection connection, long position, int limit) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(OutboxSql.EVENTS_AFTER)) {
            statement.setLong(1, position);
            statement.setInt(2, limit);
            try (ResultSet rows = statement.executeQuery()) {
                List<OutboxEvent> events = new ArrayList<>();
                while (rows.next()) {
                    events.add(event(rows));
                }
                return events;
            }
        }
    }

    static Optional<OutboxEvent> at(Connection connection, long sequence) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(OutboxSql.EVENT_AT)) {
            statement.setLong(1, sequence);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(event(rows)) : Optional.empty();
            }
        }
    }

    private static OutboxEvent event(ResultSet rows) throws SQLException {
        return new OutboxEvent(rows.getLong("seq"), rows.getString("module"), rows.getString("topic"),
                rows.getString("aggregate_type"), rows.getString("aggregate_id"), rows.getString("payload"),
                OutboxDb.instant(rows.getTimestamp("created_at")));
    }
}
