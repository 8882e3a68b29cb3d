package org.rapport.contacts.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

import jakarta.persistence.EntityManager;

/**
 * Replaces a record's search terms with plain JDBC batches on the transaction's own connection: terms are derived
 * data (not audited, never read as objects), and imports write millions of them.
 */
final class TermWriter {

    private TermWriter() {
    }

    static void replace(EntityManager em, RecordKind kind, long recordId, Collection<Terms.Term> terms) {
        Connection connection = em.unwrap(Connection.class);
        try {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM contacts_term WHERE record_kind = ? AND record_id = ?")) {
                delete.setString(1, kind.code());
                delete.setLong(2, recordId);
                delete.executeUpdate();
            }
            insertWith(connection, kind, recordId, terms);
        } catch (SQLException failure) {
            throw failed(kind, recordId, failure);
        }
    }

    /** The terms of a record just created: it has none to replace. */
    static void insert(EntityManager em, RecordKind kind, long recordId, Collection<Terms.Term> terms) {
        try {
            insertWith(em.unwrap(Connection.class), kind, recordId, terms);
        } catch (SQLException failure) {
            throw failed(kind, recordId, failure);
        }
    }

    private static IllegalStateException failed(RecordKind kind, long recordId, SQLException failure) {
        return new IllegalStateException("Could not store the search terms of " + kind.noun() + " " + recordId,
                failure);
    }

    static void remove(EntityManager em, RecordKind kind, long recordId) {
        replace(em, kind, recordId, java.util.List.of());
    }

    private static void insertWith(Connection connection, RecordKind kind, long recordId, Collection<Terms.Term> terms)
            throws SQLException {
        if (terms.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO contacts_term (record_kind, record_id, term_kind, term) VALUES (?, ?, ?, ?)")) {
            for (Terms.Term term : terms) {
                insert.setString(1, kind.code());
                insert.setLong(2, recordId);
                insert.setString(3, term.kind().code);
                insert.setString(4, term.text());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
