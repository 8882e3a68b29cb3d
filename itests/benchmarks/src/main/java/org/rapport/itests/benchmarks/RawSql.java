package org.rapport.itests.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.rapport.platform.i18n.internal.IcuTextFolding;

/**
 * The baselines: what the database itself takes for the same work, over plain JDBC, without Rapport. The list and
 * type-ahead statements are the ones Rapport's queries come down to for an admin (no record scope, every field
 * visible); every column of every row is read, as Rapport reads whole entities.
 */
final class RawSql {

    /** {@code GET /api/contacts/persons?stage=customer&sort=-created&size=50} (one row more tells of a next page). */
    static final String STAGE_BY_CREATED = "SELECT * FROM contacts_person WHERE stage = 'CUSTOMER'"
            + " ORDER BY created_at DESC, id DESC LIMIT 51";
    /**
     * The same on H2, as Rapport's H2 path asks it: the order led by the filtered stage (the same order), which H2
     * reads from the index on (stage, created_at desc, id desc) instead of sorting every customer.
     */
    static final String STAGE_BY_CREATED_H2 = "SELECT * FROM contacts_person WHERE stage = 'CUSTOMER'"
            + " ORDER BY stage, created_at DESC, id DESC LIMIT 51";
    /** {@code GET /api/contacts/persons?tag=vip&sort=name&size=50}. */
    static final String TAG_BY_NAME = "SELECT * FROM contacts_person WHERE id IN (SELECT record_id FROM contacts_term"
            + " WHERE record_kind = 'P' AND term_kind = 'T' AND term = 'vip') ORDER BY sort_key, id LIMIT 51";
    /**
     * The same on MariaDB, planned as it is fast at a million people: records in name order, each checked for the
     * tag (MariaDB's own plan starts from the tag's terms and sorts all of them: seconds when 200,000 are tagged).
     */
    static final String TAG_BY_NAME_MARIADB = "SET STATEMENT optimizer_switch='semijoin=off,materialization=off'"
            + " FOR " + TAG_BY_NAME;
    /**
     * The same on H2, as Rapport's H2 path asks it: records in name order, each checked for the tag by the term's key
     * (H2 plans {@code IN (SELECT …)} as reading every tagged person first: seconds a call at a million).
     */
    static final String TAG_BY_NAME_H2 = "SELECT * FROM contacts_person p WHERE EXISTS (SELECT 1 FROM contacts_term t"
            + " WHERE t.record_kind = 'P' AND t.term_kind = 'T' AND t.term = 'vip' AND t.record_id = p.id)"
            + " ORDER BY sort_key, id LIMIT 51";
    /**
     * {@code GET /api/contacts/persons/suggestions?q=…}: the first word's terms in the key's order, joined to their
     * people, as many rows as Rapport reads for ten suggestions (it shows each person once); the prefix folded as
     * Rapport folds it.
     */
    static final String SUGGEST = "SELECT p.* FROM contacts_term t JOIN contacts_person p ON p.id = t.record_id"
            + " WHERE t.record_kind = 'P' AND t.term LIKE ? ESCAPE '!' AND t.term_kind IN ('N', 'E', 'P', 'T')"
            + " ORDER BY t.term, t.record_id LIMIT 40";
    /**
     * The same on H2, as Rapport's H2 path asks it: the order led by the key's first column (the same order), which
     * H2 reads from the key and stops at 40 (ordered by the term alone it sorts every match: ~1 s at a million).
     */
    static final String SUGGEST_H2 = SUGGEST.replace("ORDER BY t.term", "ORDER BY t.record_kind, t.term");

    /**
     * {@code GET /api/contacts/persons?q=…&sort=name&size=50} for one word, as one would write it: the people with a
     * term that begins with the word, in name order. Both databases plan it from the word's terms and sort every
     * match before the limit (seconds for a common two-letter word at a million), so it is timed within a budget.
     */
    static final String SEARCH_BY_NAME = "SELECT * FROM contacts_person WHERE id IN (SELECT record_id FROM"
            + " contacts_term WHERE record_kind = 'P' AND term LIKE ? ESCAPE '!' AND term_kind IN ('N', 'E', 'P', 'T'))"
            + " ORDER BY sort_key, id LIMIT 51";
    /** The same, newest first ({@code sort=-created}). */
    static final String SEARCH_BY_CREATED = SEARCH_BY_NAME.replace("ORDER BY sort_key, id",
            "ORDER BY created_at DESC, id DESC");

    private static final IcuTextFolding FOLDING = new IcuTextFolding();

    private RawSql() {
    }

    /** Times {@code sql} {@code iterations} times after {@code warmUp}; fails unless each answer has {@code rows}. */
    static Latencies time(Connection connection, String sql, int warmUp, int iterations, int rows)
            throws SQLException {
        Latencies latencies = new Latencies(iterations);
        for (int i = 0; i < warmUp + iterations; i++) {
            long start = System.nanoTime();
            int read = readAll(connection, sql, null);
            long elapsed = System.nanoTime() - start;
            if (read != rows) {
                throw new IllegalStateException("The baseline " + sql + " read " + read + " rows, not " + rows);
            }
            if (i >= warmUp) {
                latencies.add(elapsed);
            }
        }
        return latencies;
    }

    /**
     * Times {@code sql} (one parameter: a prefix pattern) over the prefixes in turn, {@code iterations} times or until
     * {@code budget} has passed after at least {@link #FEWEST_WITHIN_BUDGET} calls; fails if a prefix finds nobody.
     */
    static Latencies timePrefixes(Connection connection, String sql, List<String> prefixes, int warmUp,
            int iterations, java.time.Duration budget) throws SQLException {
        Latencies latencies = new Latencies(iterations);
        long measuring = 0;
        for (int i = 0; i < warmUp + iterations; i++) {
            String prefix = prefixes.get(i % prefixes.size());
            String pattern = FOLDING.fold(prefix).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            long start = System.nanoTime();
            int read = readAll(connection, sql, pattern);
            long elapsed = System.nanoTime() - start;
            if (read == 0) {
                throw new IllegalStateException("The baseline " + sql + " found nobody for '" + pattern + "'");
            }
            if (i >= warmUp) {
                latencies.add(elapsed);
                measuring += elapsed;
                if (measuring > budget.toNanos() && latencies.count() >= FEWEST_WITHIN_BUDGET) {
                    break;
                }
            }
        }
        return latencies;
    }

    static final int FEWEST_WITHIN_BUDGET = 5;

    private static int readAll(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                int read = 0;
                while (rows.next()) {
                    for (int c = 1; c <= columns; c++) {
                        rows.getObject(c);
                    }
                    read++;
                }
                return read;
            }
        }
    }

    /** The plain table the bulk-load baselines fill: the import file's columns, nothing else. */
    static void createPlainTable(Connection connection, String suffix) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bench_plain_person");
            statement.execute("CREATE TABLE bench_plain_person (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
                    + " first_name VARCHAR(200), last_name VARCHAR(200), email VARCHAR(320), phone VARCHAR(40),"
                    + " tags VARCHAR(400), stage VARCHAR(16), organization VARCHAR(300), role VARCHAR(200))" + suffix);
        }
    }

    static long countPlain(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM bench_plain_person")) {
            count.next();
            return count.getLong(1);
        }
    }
}
