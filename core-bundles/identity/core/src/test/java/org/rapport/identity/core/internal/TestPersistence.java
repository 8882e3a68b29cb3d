package org.rapport.identity.core.internal;

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

/** The transaction boundary the platform gives a module, without OSGi and without the outbox. */
final class TestPersistence implements ModulePersistence {

    private final EntityManagerFactory factory;

    TestPersistence(EntityManagerFactory factory) {
        this.factory = factory;
    }

    @Override
    public String moduleId() {
        return "identity";
    }

    @Override
    public EntityManagerFactory entityManagerFactory() {
        return factory;
    }

    @Override
    public <T> T inTransaction(TransactionalWork<T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction transaction = em.getTransaction();
        try {
            transaction.begin();
            T result = work.execute(new TransactionContext() {
                @Override
                public EntityManager entityManager() {
                    return em;
                }

                @Override
                public void eraseAuditValues(String entity, String entityId) {
                    // no audit trail in these tests
                }

                @Override
                public void publish(DomainEvent event) {
                    Objects.requireNonNull(event);
                }
            });
            transaction.commit();
            return result;
        } catch (RollbackException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof OptimisticLockException conflict) {
                    throw conflict;
                }
            }
            throw e;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new PersistenceFailure(e.getMessage(), e);
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            em.close();
        }
    }
}
