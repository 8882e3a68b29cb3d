package org.rapport.platform.testing;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

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
public final class ModuleTestPersistence implements ModulePersistence {

    private final String module;
    private final EntityManagerFactory factory;
    private final List<DomainEvent> published = new CopyOnWriteArrayList<>();
    private final List<String> erasedAudit = new CopyOnWriteArrayList<>();

    ModuleTestPersistence(String module, EntityManagerFactory factory) {
        this.module = module;
        this.factory = factory;
    }

    /** The events published by committed and rolled-back transactions alike, in order. */
    public List<DomainEvent> published() {
        return List.copyOf(published);
    }

    /** The records whose audit values were asked to be erased ({@code "Person 12"}), committed or not. */
    public List<String> erasedAudit() {
        return List.copyOf(erasedAudit);
    }

    @Override
    public String moduleId() {
        return module;
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
                    erasedAudit.add(entity + " " + entityId);
                }

                @Override
                public void publish(DomainEvent event) {
                    published.add(Objects.requireNonNull(event));
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
