package org.rapport.platform.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.rapport.platform.api.events.DomainEvent;

/**
 * Writes published events to the outbox on the business transaction's own connection, so they exist
 * exactly when the change does. The sequence is left empty; the dispatcher orders committed rows.
 */
final class OutboxWriter {

    private static final String INSERT = "INSERT INTO rapport_outbox"
            + " (module, topic, aggregate_type, aggregate_id, payload, created_at) VALUES (?, ?, ?, ?, ?, ?)";

    private OutboxWriter() {
    }

    static void write(Connection connection, String moduleId, List<DomainEvent> events, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            Timestamp createdAt = Timestamp.from(now);
            for (DomainEvent event : events) {
                insert.setString(1, moduleId);
                insert.setString(2, event.topic());
                insert.setString(3, event.aggregateType());
                insert.setString(4, event.aggregateId());
                insert.setString(5, event.payload());
                insert.setTimestamp(6, createdAt);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
