package org.rapport.platform.events.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/** A private in-memory H2 database per test, with the platform changelog applied. */
final class H2TestDatabase implements TestDatabase {

    private final String url = "jdbc:h2:mem:outbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final JdbcDataSource dataSource = newDataSource();

    static H2TestDatabase withSchema() throws Exception {
        H2TestDatabase database = new H2TestDatabase();
        PlatformChangelog.apply(database.dataSource);
        return database;
    }

    /** Without the schema, to play a database that is not ready yet. */
    static H2TestDatabase empty() {
        return new H2TestDatabase();
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public DataSource anotherNode() {
        return newDataSource();
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("SHUTDOWN");
        }
    }

    private JdbcDataSource newDataSource() {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser("sa");
        return source;
    }
}
