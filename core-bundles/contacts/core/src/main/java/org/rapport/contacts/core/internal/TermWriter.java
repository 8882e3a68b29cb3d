package org.rapport.contacts.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

/**
 * Replaces a record's search terms with plain JDBC batches on the transaction's own connection: terms are derived
 * data (not audited, never read as objects), and imports write millions of them.
 */
final class TermWriter {

    private static final String INSERT =
            "INSERT INTO contacts_term (record_kind, record_id, term_kind, term) VALUES (?, ?, ?, ?)";

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

    /** The search terms of one record. */
    record RecordTerms(RecordKind kind, long recordId, Collection<Terms.Term> terms) {
    }

    /**
     * The terms of a record just created: it has none to replace. Inside an import batch they are held back and
     * written with the batch's others.
     */
    static void insert(EntityManager em, RecordKind kind, long recordId, Collection<Terms.Term> terms) {
        if (terms.isEmpty()) {
            return;
        }
        Optional<ImportBatchScope> batch = ImportBatchScope.current();
        if (batch.isPresent()) {
            batch.get().holdBack(new RecordTerms(kind, recordId, terms));
            return;
        }
        insertAll(em, List.of(new RecordTerms(kind, recordId, terms)));
    }

    /** The terms of several records just created, in one JDBC batch. */
    static void insertAll(EntityManager em, Collection<RecordTerms> records) {
        try (PreparedStatement insert = em.unwrap(Connection.class).prepareStatement(INSERT)) {
            for (RecordTerms record : records) {
                add(insert, record.kind(), record.recordId(), record.terms());
            }
            insert.executeBatch();
        } catch (SQLException failure) {
            RecordTerms first = records.iterator().next();
            throw failed(first.kind(), first.recordId(), failure);
        }
    }

    private static IllegalStateException failed(RecordKind kind, long recordId, SQLException failure) {
        return new IllegalStateException("Could not store the search terms of " + kind.noun() + " " + recordId,
                failure);
    }

    static void remove(EntityManager em, RecordKind kind, long recordId) {
        replace(em, kind, recordId, List.of());
    }

    private static void insertWith(Connection connection, RecordKind kind, long recordId, Collection<Terms.Term> terms)
            throws SQLException {
        if (terms.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            add(insert, kind, recordId, terms);
            insert.executeBatch();
        }
    }

    private static void add(PreparedStatement insert, RecordKind kind, long recordId, Collection<Terms.Term> terms)
            throws SQLException {
        for (Terms.Term term : terms) {
            insert.setString(1, kind.code());
            insert.setLong(2, recordId);
            insert.setString(3, term.kind().code);
            insert.setString(4, term.text());
            insert.addBatch();
        }
    }
}
