package org.rapport.platform.api.persistence;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A module bundle's persistence unit. The platform registers one such service per module bundle
 * (service property {@value #MODULE_PROPERTY} = the module id) only after that bundle's Liquibase
 * changelog has been applied successfully. A module's components reference it with a target filter,
 * e.g. {@code @Reference(target = "(rapport.module=contacts)")}, so they do not start when the
 * migration failed. The platform's own unit ({@code rapport.module=platform}) is registered once the
 * platform tables (id sequences, outbox) exist; platform services that use them reference it.
 *
 * <p>Entities declare {@code @Id @GeneratedValue Long id} and {@code @Version long version}: ids come
 * from a table-backed sequence that behaves the same on H2 and MariaDB, and every update is
 * optimistically locked.
 */
@ProviderType
public interface ModulePersistence {

    String MODULE_PROPERTY = "rapport.module";

    String moduleId();

    /** For read-only work; prefer {@link #inTransaction} for anything that writes. */
    EntityManagerFactory entityManagerFactory();

    /**
     * Runs {@code work} in one database transaction and commits it. Events published through the
     * {@link TransactionContext} are written to the outbox in that same transaction and posted
     * in-process after the commit. If {@code work} throws, the transaction is rolled back and the
     * exception is rethrown ({@link PersistenceFailure} wraps checked ones).
     */
    <T> T inTransaction(TransactionalWork<T> work);
}
