package org.rapport.platform.persistence.internal;

import java.sql.Connection;

import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends the audit rows of a transaction with the transaction: written just before the database commits it, dropped
 * when it is rolled back.
 */
final class AuditCommits extends SessionEventAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(AuditCommits.class);

    private final PendingAuditRows pending;

    AuditCommits(PendingAuditRows pending) {
        this.pending = pending;
    }

    @Override
    public void postBeginTransaction(SessionEvent event) {
        Connection connection = connectionOf(event);
        if (connection != null && pending.pending(connection) > 0) {
            // a transaction on this connection ended without a commit or rollback event: its rows cannot be trusted
            LOG.error("{} audit rows of an earlier transaction were left unwritten on a connection; they are dropped",
                    pending.pending(connection));
            pending.discard(connection);
        }
    }

    @Override
    public void preCommitTransaction(SessionEvent event) {
        Connection connection = connectionOf(event);
        if (connection != null) {
            pending.write(connection);
        }
    }

    @Override
    public void postRollbackTransaction(SessionEvent event) {
        Connection connection = connectionOf(event);
        if (connection != null) {
            pending.discard(connection);
        }
    }

    static Connection connectionOf(SessionEvent event) {
        Accessor accessor = ((AbstractSession) event.getSession()).getAccessor();
        return accessor == null ? null : accessor.getConnection();
    }
}
