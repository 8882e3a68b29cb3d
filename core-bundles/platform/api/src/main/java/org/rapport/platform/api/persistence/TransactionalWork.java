package org.rapport.platform.api.persistence;

/** Work done inside one transaction of {@link ModulePersistence#inTransaction}. */
@FunctionalInterface
public interface TransactionalWork<T> {

    T execute(TransactionContext tx) throws Exception;
}
