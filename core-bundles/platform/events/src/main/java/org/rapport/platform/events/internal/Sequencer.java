package org.rapport.platform.events.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives committed outbox rows their {@code seq}. Ids are handed out at insert time but transactions commit
 * in any order, so a reader going by id could pass a row that commits later. Sequence numbers are only
 * assigned to rows already committed, by one node at a time (the sequencer row is the lock), so they grow in
 * the order rows become visible and a consumer reading {@code seq > position} never skips one.
 */
final class Sequencer {

    private final OutboxDb db;

    Sequencer(OutboxDb db) {
        this.db = db;
    }

    /** Sequences up to {@code max} rows; 0 if there were none or another node holds the sequencer. */
    int sequence(int max) throws SQLException {
        return db.inTransaction((connection, sql) -> {
            Long head = claimHead(connection, sql);
            if (head == null) {
                return 0;
            }
            List<Long> ids = unsequenced(connection, max);
            if (ids.isEmpty()) {
                return 0;
            }
            assign(connection, ids, head);
            try (PreparedStatement statement = connection.prepareStatement(OutboxSql.ADVANCE_HEAD)) {
                statement.setLong(1, head + ids.size());
                statement.executeUpdate();
            }
            return ids.size();
        });
    }

    /** The highest sequence assigned so far, without waiting for a running sequencer. */
    long head() throws SQLException {
        return db.inTransaction((connection, sql) -> head(connection));
    }

    static long head(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(OutboxSql.HEAD);
                ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new SQLException("The outbox sequencer row is missing: rapport_outbox_sequencer has no row "
                        + "'outbox'. The platform changelog creates it; was the schema migrated?");
            }
            return rows.getLong(1);
        }
    }

    private static Long claimHead(Connection connection, OutboxSql sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql.claimSequencer);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getLong(1) : null;
        }
    }

    private static List<Long> unsequenced(Connection connection, int max) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(OutboxSql.UNSEQUENCED)) {
            statement.setInt(1, max);
            try (ResultSet rows = statement.executeQuery()) {
                List<Long> ids = new ArrayList<>();
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
                return ids;
            }
        }
    }

    /** Numbers the rows in id order from {@code head + 1}: one statement per run of consecutive ids. */
    private static void assign(Connection connection, List<Long> ids, long head) throws SQLException {
        IdRuns runs = IdRuns.of(ids);
        try (PreparedStatement statement = connection.prepareStatement(OutboxSql.ASSIGN_SEQ_RUN)) {
            long next = head + 1;
            for (IdRuns.Run run : runs.runs()) {
                statement.setLong(1, next - run.first());
                statement.setLong(2, run.first());
                statement.setLong(3, run.last());
                statement.addBatch();
                next += run.size();
            }
            int[] counts = statement.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                IdRuns.Run run = runs.runs().get(i);
                // Only the holder of the sequencer row assigns seq; a row sequenced behind our back means the
                // lock did not hold, and committing would give consumers an order nobody guaranteed.
                if (counts[i] != Statement.SUCCESS_NO_INFO && counts[i] != run.size()) {
                    throw new SQLException("Outbox rows " + run.first() + " to " + run.last() + " lost their NULL seq"
                            + " while the sequencer held the lock (" + counts[i] + " of " + run.size() + " still NULL)");
                }
            }
        }
    }
}
