package org.rapport.platform.api.persistence;

/** Wraps a checked exception thrown by {@link TransactionalWork}; the transaction was rolled back. */
public class PersistenceFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PersistenceFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
