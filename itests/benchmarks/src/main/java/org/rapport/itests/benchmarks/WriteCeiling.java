package org.rapport.itests.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * P1's second baseline on MariaDB: how fast the server alone writes the rows the import left behind. Each table the
 * import writes is copied with {@code INSERT … SELECT} into an empty table with the same columns and indexes, one
 * statement per table: no network, no parsing, no Rapport. The contacts per second it gives is a ceiling for any
 * import that stores what Rapport stores (search terms, audit, outbox events, links) with these indexes on this
 * server, whatever the application does.
 */
final class WriteCeiling {

    /** What an import of people writes; ids and the outbox's sequencer are a row each per block, left out. */
    static final List<String> IMPORT_TABLES = List.of("contacts_person", "contacts_organization",
            "contacts_affiliation", "contacts_term", "rapport_audit", "rapport_outbox");

    private static final String COPY_PREFIX = "bench_copy_";

    /** One table's copy. */
    record TableCopy(String table, long rows, double seconds) {
    }

    /** Every table's copy; {@link #contactsPerSecond} relates their total time to the people imported. */
    record Result(List<TableCopy> tables, int contacts) {

        double seconds() {
            return tables.stream().mapToDouble(TableCopy::seconds).sum();
        }

        long rows() {
            return tables.stream().mapToLong(TableCopy::rows).sum();
        }

        double contactsPerSecond() {
            return contacts / seconds();
        }
    }

    private WriteCeiling() {
    }

    /** Copies each table, timed, then drops the copies (also any left by an aborted run). */
    static Result measure(Connection connection, int contacts) throws SQLException {
        List<TableCopy> copies = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : IMPORT_TABLES) {
                String copy = COPY_PREFIX + table;
                statement.execute("DROP TABLE IF EXISTS " + copy);
                statement.execute("CREATE TABLE " + copy + " LIKE " + table);
                long start = System.nanoTime();
                long rows = statement.executeUpdate("INSERT INTO " + copy + " SELECT * FROM " + table);
                copies.add(new TableCopy(table, rows, (System.nanoTime() - start) / 1e9));
                statement.execute("DROP TABLE " + copy);
            }
        }
        requireImported(connection, copies, contacts);
        return new Result(copies, contacts);
    }

    /** The copy means something only if the people it copied are the ones imported. */
    private static void requireImported(Connection connection, List<TableCopy> copies, int contacts)
            throws SQLException {
        long people = copies.stream().filter(c -> c.table().equals("contacts_person")).mapToLong(TableCopy::rows)
                .sum();
        if (people != contacts) {
            try (Statement statement = connection.createStatement();
                    ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM contacts_person")) {
                count.next();
                throw new IllegalStateException("The write ceiling copied " + people + " people, but " + contacts
                        + " were imported (contacts_person holds " + count.getLong(1) + ")");
            }
        }
    }

    /** One line per table and the total, as the run's log shows them. */
    static List<String> describe(Result result) {
        List<String> lines = new ArrayList<>();
        for (TableCopy copy : result.tables()) {
            lines.add(String.format("%-22s %,11d rows in %6.1f s", copy.table(), copy.rows(), copy.seconds()));
        }
        lines.add(String.format("%-22s %,11d rows in %6.1f s = %,.0f contacts/s (%.1f rows per contact)", "all",
                result.rows(), result.seconds(), result.contactsPerSecond(), (double) result.rows()
                        / result.contacts()));
        return lines;
    }
}
