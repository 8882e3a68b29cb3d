package org.rapport.platform.events.internal;

import java.sql.SQLException;

import javax.sql.DataSource;

/** A database with the platform schema, fresh for each test. */
interface TestDatabase extends AutoCloseable {

    /** The database as the first node sees it. */
    DataSource dataSource();

    /** Another, independent connection source to the same database: a second node. */
    DataSource anotherNode() throws Exception;

    @Override
    void close() throws SQLException;
}
