package org.rapport.itests.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.mariadb.jdbc.MariaDbDataSource;
import org.rapport.platform.testing.RequiredDatabase;

/**
 * The one MariaDB database all nodes of a test share. Where it cannot be used, {@link RequiredDatabase}
 * decides: skipped on a developer machine, failed in CI.
 */
final class ClusterDatabase {

    static final String SERVER_URL = env("RAPPORT_IT_MARIADB_SERVER", "jdbc:mariadb://127.0.0.1:3306/");
    static final String DATABASE = env("RAPPORT_IT_CLUSTER_DATABASE", "rapport_cluster");
    static final String USER = env("RAPPORT_IT_MARIADB_USER", "rapport");
    static final String PASSWORD = env("RAPPORT_IT_MARIADB_PASSWORD", "rapport");

    /** What an admin runs (as root, e.g. {@code mariadb -uroot}) when the user may not create the database. */
    static final String GRANT = "GRANT ALL ON `" + DATABASE.replace("_", "\\_") + "`.* TO '" + USER
            + "'@'localhost', '" + USER + "'@'127.0.0.1';";

    private ClusterDatabase() {
    }

    static String url() {
        return SERVER_URL + DATABASE;
    }

    /** Skips (or, in CI, fails) the calling test when MariaDB cannot be used; else drops and recreates the database. */
    static void requireFreshDatabase() {
        try (Connection connection = dataSource(SERVER_URL).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            String message;
            if (e.getErrorCode() == 1044) { // ER_DBACCESS_DENIED_ERROR: connected, but no rights on that database
                message = "MariaDB at " + SERVER_URL + " refuses user '" + USER + "' to drop/create database '"
                        + DATABASE + "' (" + e.getMessage() + "). Grant it as root: " + GRANT;
            } else {
                message = "MariaDB is not reachable at " + SERVER_URL + " as '" + USER + "' (" + e.getMessage()
                        + "). Run ./rapport test (it creates the user) or: " + GRANT;
            }
            throw RequiredDatabase.unavailable("cluster tests: " + message, e);
        }
    }

    static Connection connect() throws SQLException {
        return dataSource(url()).getConnection();
    }

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
