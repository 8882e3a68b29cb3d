package org.rapport.platform.events.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.rapport.platform.api.events.OutboxConsumer.StartPosition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The durable positions in {@code rapport_outbox_consumer}: created on first sight, listed for admins. */
final class ConsumerPositions {

    private static final Logger LOG = LoggerFactory.getLogger(ConsumerPositions.class);

    record Position(String consumerId, long deliveredSeq, int attempts, String lastError) {
    }

    private final OutboxDb db;

    ConsumerPositions(OutboxDb db) {
        this.db = db;
    }

    /**
     * Makes sure {@code consumerId} has a position. A consumer seen for the first time starts before the first
     * event ({@code EARLIEST}) or at the current head ({@code LATEST}); a known one keeps its position.
     */
    void ensure(String consumerId, StartPosition start, Instant now) throws SQLException {
        boolean created;
        try {
            created = db.inTransaction((connection, sql) -> {
                if (exists(connection, consumerId)) {
                    return false;
                }
                long position = start == StartPosition.EARLIEST ? 0 : Sequencer.head(connection);
                try (PreparedStatement statement = connection.prepareStatement(OutboxSql.INSERT_CONSUMER)) {
                    statement.setString(1, consumerId);
                    statement.setLong(2, position);
                    statement.setTimestamp(3, OutboxDb.timestamp(now));
                    statement.executeUpdate();
                }
                LOG.info("Outbox consumer '{}' seen for the first time: it starts after sequence {} ({})", consumerId,
                        position, start);
                return true;
            });
        } catch (SQLException e) {
            if (!isDuplicateKey(e)) {
                throw e;
            }
            // Another node registered the same consumer a moment ago; its row is as good as ours.
            created = false;
        }
        if (!created) {
            LOG.debug("Outbox consumer '{}' resumes from its stored position", consumerId);
        }
    }

    List<Position> all() throws SQLException {
        return db.inTransaction((connection, sql) -> {
            try (PreparedStatement statement = connection.prepareStatement(OutboxSql.ALL_CONSUMERS);
                    ResultSet rows = statement.executeQuery()) {
                List<Position> positions = new ArrayList<>();
                while (rows.next()) {
                    positions.add(new Position(rows.getString(1), rows.getLong(2), rows.getInt(3), rows.getString(4)));
                }
                return positions;
            }
        });
    }

    private static boolean exists(Connection connection, String consumerId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(OutboxSql.CONSUMER_EXISTS)) {
            statement.setString(1, consumerId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    static boolean isDuplicateKey(SQLException e) {
        return e instanceof SQLIntegrityConstraintViolationException
                || (e.getSQLState() != null && e.getSQLState().startsWith("23"));
    }
}
