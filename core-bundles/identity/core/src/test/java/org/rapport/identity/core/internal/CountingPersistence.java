package org.rapport.identity.core.internal;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManagerFactory;

import org.rapport.platform.api.persistence.ModulePersistence;
import org.rapport.platform.api.persistence.TransactionalWork;

/** A node's persistence that counts what the node asks of the database: transactions and plain reads. */
final class CountingPersistence implements ModulePersistence {

    private final ModulePersistence delegate;
    final AtomicInteger transactions = new AtomicInteger();
    final AtomicInteger plainReads = new AtomicInteger();

    CountingPersistence(ModulePersistence delegate) {
        this.delegate = delegate;
    }

    @Override
    public String moduleId() {
        return delegate.moduleId();
    }

    @Override
    public EntityManagerFactory entityManagerFactory() {
        plainReads.incrementAndGet();
        return delegate.entityManagerFactory();
    }

    @Override
    public <T> T inTransaction(TransactionalWork<T> work) {
        transactions.incrementAndGet();
        return delegate.inTransaction(work);
    }

    void reset() {
        transactions.set(0);
        plainReads.set(0);
    }
}
