package org.rapport.contacts.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.persistence.EntityManager;

/** How many rows a table has, as the database's statistics estimate it: no scan of a million rows to count them. */
final class TableStatistics {

    private TableStatistics() {
    }

    static long estimatedRows(EntityManager em, String table) {
        Connection connection = em.unwrap(Connection.class);
        try {
            String product = connection.getMetaData().getDatabaseProductName();
            String sql = product.toLowerCase(java.util.Locale.ROOT).contains("h2")
                    // H2 keeps the row count of a table without scanning it
                    ? "SELECT COUNT(*) FROM " + table
                    : "SELECT TABLE_ROWS FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                            + " AND TABLE_NAME = '" + table + "'";
            try (PreparedStatement statement = connection.prepareStatement(sql);
                    ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        } catch (SQLException unavailable) {
            return 0;
        }
    }
}
