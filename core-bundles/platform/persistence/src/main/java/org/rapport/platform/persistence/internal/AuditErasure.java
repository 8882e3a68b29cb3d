package org.rapport.platform.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.rapport.platform.api.persistence.PersistenceFailure;

/** Blanks the values of one record's audit rows: what was there is gone, that a change happened stays. */
final class AuditErasure {

    static final String ERASED = "[erased]";

    private AuditErasure() {
    }

    static void erase(Connection connection, String module, String entity, String entityId) {
        try (PreparedStatement update = connection.prepareStatement("UPDATE rapport_audit SET"
                + " old_value = CASE WHEN old_value IS NULL THEN NULL ELSE ? END,"
                + " new_value = CASE WHEN new_value IS NULL THEN NULL ELSE ? END"
                + " WHERE module = ? AND entity = ? AND entity_id = ?")) {
            update.setString(1, ERASED);
            update.setString(2, ERASED);
            update.setString(3, module);
            update.setString(4, entity);
            update.setString(5, entityId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceFailure("The audit values of " + entity + " " + entityId + " could not be erased", e);
        }
    }
}
