package org.rapport.platform.events.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

/** Plays a producer: inserts outbox rows (seq NULL) the way a module does in its business transaction. */
final class OutboxWriter {

    static final String INSERT = "INSERT INTO rapport_outbox (module, topic, aggregate_type, aggregate_id, payload,"
            + " created_at) VALUES (?, ?, ?, ?, ?, ?)";

    private OutboxWriter() {
    }

    /** Inserts without committing: the caller owns the transaction. */
    static void insert(Connection connection, String aggregateId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            bind(statement, aggregateId);
            statement.executeUpdate();
        }
    }

    /** Writes {@code count} events in one committed transaction; aggregate ids are {@code prefix + i}. */
    static void write(DataSource dataSource, String prefix, int count) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
                for (int i = 0; i < count; i++) {
                    bind(statement, prefix + i);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            connection.commit();
        }
    }

    private static void bind(PreparedStatement statement, String aggregateId) throws SQLException {
        statement.setString(1, "contacts");
        statement.setString(2, "rapport/contacts/Person/CREATED");
        statement.setString(3, "Person");
        statement.setString(4, aggregateId);
        statement.setString(5, "{\"id\":\"" + aggregateId + "\"}");
        statement.setTimestamp(6, Timestamp.from(Instant.now()));
    }
}
