package org.rapport.platform.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.eclipse.persistence.descriptors.ClassDescriptor;

/** Makes sure the sequence rows a persistence unit's entities draw their ids from exist. */
final class IdSequences {

    private IdSequences() {
    }

    static Set<String> namesUsedBy(Collection<ClassDescriptor> descriptors) {
        Set<String> names = new TreeSet<>();
        for (ClassDescriptor descriptor : descriptors) {
            if (descriptor.usesSequenceNumbers() && descriptor.getSequenceNumberName() != null) {
                names.add(descriptor.getSequenceNumberName());
            }
        }
        return names;
    }

    static void ensureRows(DataSource dataSource, Set<String> names) throws SQLException {
        if (names.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            for (String name : names) {
                if (!exists(connection, name)) {
                    insert(connection, name);
                }
            }
        }
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM " + PlatformSequencing.TABLE
                + " WHERE " + PlatformSequencing.NAME_COLUMN + " = ?")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void insert(Connection connection, String name) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + PlatformSequencing.TABLE
                + " (" + PlatformSequencing.NAME_COLUMN + ", " + PlatformSequencing.VALUE_COLUMN + ") VALUES (?, 0)")) {
            insert.setString(1, name);
            insert.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            // Another node may have inserted the same row a moment ago; that is just as good.
            if (!exists(connection, name)) {
                throw e;
            }
        }
    }
}
