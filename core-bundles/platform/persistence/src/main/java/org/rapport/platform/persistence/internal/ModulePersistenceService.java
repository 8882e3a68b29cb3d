package org.rapport.platform.persistence.internal;

import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;

import org.rapport.platform.api.events.DomainEvent;
import org.rapport.platform.api.persistence.ModulePersistence;
import org.rapport.platform.api.persistence.PersistenceFailure;
import org.rapport.platform.api.persistence.TransactionContext;
import org.rapport.platform.api.persistence.TransactionalWork;

/** One module bundle's persistence unit and the transaction boundary around it. */
final class ModulePersistenceService implements ModulePersistence {

    private final String moduleId;
    private final EntityManagerFactory factory;
    private final InProcessEvents inProcessEvents;
    private final Clock clock;

    ModulePersistenceService(String moduleId, EntityManagerFactory factory, InProcessEvents inProcessEvents,
            Clock clock) {
        this.moduleId = moduleId;
        this.factory = factory;
        this.inProcessEvents = inProcessEvents;
        this.clock = clock;
    }

    @Override
    public String moduleId() {
        return moduleId;
    }

    @Override
    public EntityManagerFactory entityManagerFactory() {
        return factory;
    }

    @Override
    public <T> T inTransaction(TransactionalWork<T> work) {
        Objects.requireNonNull(work, "work");
        EntityManager entityManager = factory.createEntityManager();
        EntityTransaction transaction = entityManager.getTransaction();
        List<DomainEvent> published = new ArrayList<>();
        try {
            transaction.begin();
            T result = work.execute(new Context(entityManager, moduleId, published));
            if (!published.isEmpty()) {
                // The outbox rows go through the JPA transaction's own connection: one commit for both.
                entityManager.flush();
                OutboxWriter.write(entityManager.unwrap(Connection.class), moduleId, published, clock.instant());
            }
            transaction.commit();
            inProcessEvents.postCommitted(moduleId, published);
            return result;
        } catch (RollbackException e) {
            throw unwrapOptimisticLock(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new PersistenceFailure("Transaction of module '" + moduleId + "' rolled back: " + e.getMessage(), e);
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            entityManager.close();
        }
    }

    /** A commit-time version conflict is reported as what it is, so callers can answer 409. */
    private static RuntimeException unwrapOptimisticLock(RollbackException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException conflict) {
                return conflict;
            }
        }
        return e;
    }

    private record Context(EntityManager entityManager, String moduleId, List<DomainEvent> published)
            implements TransactionContext {

        @Override
        public void eraseAuditValues(String entity, String entityId) {
            entityManager.flush();
            Connection connection = entityManager.unwrap(Connection.class);
            // this transaction's own changes to the record are in the trail too: written first, then blanked
            PendingAuditRows.everyTransaction().write(connection);
            AuditErasure.erase(connection, moduleId, entity, entityId);
        }


        @Override
        public void publish(DomainEvent event) {
            published.add(Objects.requireNonNull(event, "event"));
        }
    }
}
