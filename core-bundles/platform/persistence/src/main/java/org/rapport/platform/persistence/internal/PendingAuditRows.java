package org.rapport.platform.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The audit rows of the transactions in progress, by the connection each runs on, written as one JDBC batch when the
 * transaction commits (or earlier, once many have gathered, or before the trail is read or erased in the same
 * transaction). A change and its audit rows still commit together; a transaction rolled back drops its rows. One
 * batch per transaction instead of one per changed entity is what lets an import write thousands of records a second.
 */
final class PendingAuditRows {

    static final String INSERT = "INSERT INTO rapport_audit (at, actor, channel, module, entity, "
            + "entity_id, operation, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Past this many rows a transaction's rows are written at once: memory stays bounded in a long transaction. */
    static final int WRITE_AT = 5_000;

    private static final PendingAuditRows EVERY_TRANSACTION = new PendingAuditRows();

    /** Weak keys: a connection whose transaction ended in a way no event reported does not stay here forever. */
    private final Map<Connection, List<Object[]>> byConnection = Collections.synchronizedMap(new WeakHashMap<>());

    static PendingAuditRows everyTransaction() {
        return EVERY_TRANSACTION;
    }

    void add(Connection connection, List<Object[]> rows) {
        List<Object[]> pending = byConnection.computeIfAbsent(connection, c -> new ArrayList<>());
        pending.addAll(rows);
        if (pending.size() >= WRITE_AT) {
            write(connection);
        }
    }

    /** Writes the transaction's rows now; thrown from a commit, the failure rolls the change back with them. */
    void write(Connection connection) {
        List<Object[]> rows = byConnection.remove(connection);
        if (rows == null || rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Object[] row : rows) {
                insert.setTimestamp(1, (Timestamp) row[0]);
                for (int i = 1; i < row.length; i++) {
                    insert.setString(i + 1, (String) row[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException failed) {
            throw new IllegalStateException("Could not write the audit trail (" + rows.size() + " rows)", failed);
        }
    }

    void discard(Connection connection) {
        byConnection.remove(connection);
    }

    /** Rows not yet written for the connection (a transaction still running, or one whose end went unreported). */
    int pending(Connection connection) {
        List<Object[]> rows = byConnection.get(connection);
        return rows == null ? 0 : rows.size();
    }
}
