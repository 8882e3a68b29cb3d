package org.rapport.platform.events.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.mariadb.jdbc.MariaDbPoolDataSource;
import org.rapport.platform.testing.RequiredDatabase;

/**
 * The real MariaDB the tests run against. Where to find it comes from system properties or the environment
 * ({@code RAPPORT_TEST_MARIADB_URL}, {@code _USER}, {@code _PASSWORD}). When it cannot be reached,
 * {@link RequiredDatabase} decides: skipped on a developer machine, failed in CI.
 */
final class MariaDbTestDatabase implements TestDatabase {

    static final String URL = setting("RAPPORT_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/rapport_test");
    static final String USER = setting("RAPPORT_TEST_MARIADB_USER", "rapport");
    static final String PASSWORD = setting("RAPPORT_TEST_MARIADB_PASSWORD", "rapport");

    private static final String[] TABLES = {"rapport_audit", "rapport_outbox_parked", "rapport_outbox_consumer",
        "rapport_outbox_sequencer", "rapport_outbox", "rapport_id_sequence", "DATABASECHANGELOG",
        "DATABASECHANGELOGLOCK"};

    private final List<MariaDbPoolDataSource> pools = new ArrayList<>();
    private final MariaDbPoolDataSource dataSource;

    private MariaDbTestDatabase() throws SQLException {
        dataSource = pool();
    }

    /** Connects, drops whatever an earlier test left and applies the changelog; skips or fails if unreachable. */
    static MariaDbTestDatabase withSchema() throws Exception {
        MariaDbTestDatabase database = reachable();
        try (Connection connection = database.dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.execute("DROP TABLE IF EXISTS " + table);
            }
        }
        PlatformChangelog.apply(database.dataSource);
        return database;
    }

    private static MariaDbTestDatabase reachable() throws SQLException {
        MariaDbTestDatabase database = null;
        try {
            database = new MariaDbTestDatabase();
            database.dataSource.getConnection().close();
        } catch (SQLException e) {
            if (database != null) {
                database.close();
            }
            String message = "MariaDB is not reachable at " + URL + " as '" + USER + "' (" + e.getMessage()
                    + "). Start it and run ./rapport test, which creates the test database and user, or point "
                    + "RAPPORT_TEST_MARIADB_URL/_USER/_PASSWORD at one.";
            throw RequiredDatabase.unavailable(message, e);
        }
        return database;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public DataSource anotherNode() throws SQLException {
        return pool();
    }

    @Override
    public void close() {
        pools.forEach(MariaDbPoolDataSource::close);
    }

    private MariaDbPoolDataSource pool() throws SQLException {
        String separator = URL.contains("?") ? "&" : "?";
        // Credentials go into the url: the pool opens its first connections as soon as it has one.
        MariaDbPoolDataSource pool = new MariaDbPoolDataSource(URL + separator + "user=" + encode(USER)
                + "&password=" + encode(PASSWORD) + "&maxPoolSize=8&connectTimeout=2000");
        pools.add(pool);
        return pool;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }
}
