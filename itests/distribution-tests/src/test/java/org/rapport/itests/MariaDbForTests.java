package org.rapport.itests;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.Assume;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The real MariaDB the database tests run against. Where it cannot be reached the tests are skipped
 * with a message, except in CI ({@code CI=true}), where that is a failure: CI always has MariaDB. This is
 * the rule of {@code org.rapport.platform.testing.RequiredDatabase}, repeated here for JUnit 4 because
 * this class runs inside the container, where that (non-OSGi) jar is not installed.
 */
public final class MariaDbForTests {

    public static final String SERVER_URL = env("RAPPORT_IT_MARIADB_SERVER", "jdbc:mariadb://127.0.0.1:3306/");
    public static final String DATABASE = env("RAPPORT_IT_MARIADB_DATABASE", "rapport_it");
    public static final String USER = env("RAPPORT_IT_MARIADB_USER", "rapport");
    public static final String PASSWORD = env("RAPPORT_IT_MARIADB_PASSWORD", "rapport");

    private MariaDbForTests() {
    }

    public static String url() {
        return SERVER_URL + DATABASE;
    }

    /** Skips (or, in CI, fails) the calling test when MariaDB cannot be reached; else empties the database. */
    public static void requireFreshDatabase() {
        try (Connection connection = dataSource(SERVER_URL).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            String message = "MariaDB is not reachable at " + SERVER_URL + " as '" + USER + "' (" + e.getMessage()
                    + "). Run .ci/run or create the user as README.md shows.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("CI requires MariaDB for the database tests: " + message, e);
            }
            System.err.println("SKIPPED MariaDB tests: " + message);
            Assume.assumeTrue("SKIPPED MariaDB tests: " + message, false);
        }
    }

    public static Connection connect() throws SQLException {
        return dataSource(url()).getConnection();
    }

    /** A data source rather than DriverManager: inside OSGi the driver is not on the caller's class path. */
    private static MariaDbDataSource dataSource(String url) throws SQLException {
        MariaDbDataSource dataSource = new MariaDbDataSource(url);
        dataSource.setUser(USER);
        dataSource.setPassword(PASSWORD);
        return dataSource;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
