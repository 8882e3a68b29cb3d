package org.rapport.platform.events.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The outbox database: its connections, its dialect and the transaction every step runs in. */
final class OutboxDb {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDb.class);

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection, OutboxSql sql) throws SQLException;
    }

    private final DataSource dataSource;
    private volatile OutboxSql sql;

    OutboxDb(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs {@code work} in one transaction: committed if it returns, rolled back if it throws.
     *
     * <p>READ COMMITTED because every step claims its rows with locking reads and must see what other
     * transactions committed a moment ago; on InnoDB it also avoids the gap locks of REPEATABLE READ that
     * could make producers' inserts wait on the sequencer.
     */
    <T> T inTransaction(Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            OutboxSql dialectSql = sql(connection);
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            if (isolation != Connection.TRANSACTION_READ_COMMITTED) {
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
            try {
                T result = work.run(connection, dialectSql);
                connection.commit();
                return result;
            } catch (Throwable t) {
                rollback(connection, t);
                throw t;
            } finally {
                // Pooled connections go back as we found them.
                restore(connection, autoCommit, isolation);
            }
        }
    }

    /** The dialect, known once any connection succeeded; a replaced DataSource restarts the component. */
    String dialectName() {
        OutboxSql known = sql;
        return known == null ? "unknown (no connection yet)" : known.dialect.product();
    }

    private OutboxSql sql(Connection connection) throws SQLException {
        OutboxSql known = sql;
        if (known == null) {
            known = new OutboxSql(Dialect.of(connection.getMetaData()));
            sql = known;
            LOG.info("Outbox database is {}; claiming rows with{}", known.dialect.product(), known.dialect.claim());
        }
        return known;
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void restore(Connection connection, boolean autoCommit, int isolation) {
        try {
            if (connection.getTransactionIsolation() != isolation) {
                connection.setTransactionIsolation(isolation);
            }
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            LOG.debug("Could not restore a connection's settings; the pool will discard or reset it", e);
        }
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
