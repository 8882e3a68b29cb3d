package org.rapport.platform.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.rapport.platform.api.persistence.PersistenceFailure;

/** Blanks the values of one record's audit rows: what was there is gone, that a change happened stays. */
final class AuditErasure {

    static final String ERASED = "[erased]";

    private AuditErasure() {
    }

    static void erase(Connection connection, String module, String entity, String entityId) {
        try {
            eraseWholeRecords(connection, module, entity, entityId);
            try (PreparedStatement update = connection.prepareStatement("UPDATE rapport_audit SET"
                    + " old_value = CASE WHEN old_value IS NULL THEN NULL ELSE ? END,"
                    + " new_value = CASE WHEN new_value IS NULL THEN NULL ELSE ? END"
                    + " WHERE module = ? AND entity = ? AND entity_id = ? AND (field IS NULL OR field <> ?)")) {
                update.setString(1, ERASED);
                update.setString(2, ERASED);
                update.setString(3, module);
                update.setString(4, entity);
                update.setString(5, entityId);
                update.setString(6, AuditRecordValues.EVERY_FIELD);
                update.executeUpdate();
            }
        } catch (SQLException e) {
            throw new PersistenceFailure("The audit values of " + entity + " " + entityId + " could not be erased", e);
        }
    }

    /** A created or deleted record's row keeps which fields it had; each value in it is erased. */
    private static void eraseWholeRecords(Connection connection, String module, String entity, String entityId)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, old_value, new_value FROM rapport_audit"
                + " WHERE module = ? AND entity = ? AND entity_id = ? AND field = ?");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE rapport_audit SET old_value = ?, new_value = ? WHERE id = ?")) {
            select.setString(1, module);
            select.setString(2, entity);
            select.setString(3, entityId);
            select.setString(4, AuditRecordValues.EVERY_FIELD);
            boolean any = false;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    update.setString(1, AuditRecordValues.masked(rows.getString(2), ERASED));
                    update.setString(2, AuditRecordValues.masked(rows.getString(3), ERASED));
                    update.setLong(3, rows.getLong(1));
                    update.addBatch();
                    any = true;
                }
            }
            if (any) {
                update.executeBatch();
            }
        }
    }
}
