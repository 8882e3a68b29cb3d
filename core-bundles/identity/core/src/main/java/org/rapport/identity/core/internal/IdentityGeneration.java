package org.rapport.identity.core.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.EntityManager;

import org.rapport.platform.api.persistence.ModulePersistence;
import org.rapport.platform.api.persistence.TransactionalWork;

/**
 * The row {@code identity_generation}: its number goes up in the transaction of every identity change that bears on
 * who a token stands for or what they may see, so every node learns of a change made anywhere by reading one row by
 * its key. What a node remembers (callers per token, access answers per user) is tagged with the generation read
 * before it was looked up, and is used only while the row still holds that number.
 *
 * <p>Native statements: the row is not an entity (nothing to audit, no version), and the update is a single
 * increment in the database, so concurrent changes never lose one.
 */
final class IdentityGeneration {

    /** Read when the row is missing (a hand-edited database): nothing is ever remembered then. */
    static final long UNKNOWN = Long.MIN_VALUE;

    /** Changes committed by this JVM: lets a request that already read the row notice one made here since. */
    private static final AtomicLong CHANGED_HERE = new AtomicLong();

    private IdentityGeneration() {
    }

    /**
     * The generation now: one statement outside any transaction (no begin and commit around it), which is what
     * a request pays for identity when everything else is remembered.
     */
    static long current(ModulePersistence persistence) {
        EntityManager em = persistence.entityManagerFactory().createEntityManager();
        try {
            return read(em);
        } finally {
            em.close();
        }
    }

    static long read(EntityManager em) {
        List<?> rows = em.createNativeQuery("select generation from identity_generation where id = 1").getResultList();
        return rows.isEmpty() || rows.get(0) == null ? UNKNOWN : ((Number) rows.get(0)).longValue();
    }

    /** Counts a change in the caller's transaction: every node drops what it remembers once that commits. */
    static void bump(EntityManager em) {
        em.createNativeQuery("update identity_generation set generation = generation + 1 where id = 1").executeUpdate();
    }

    /**
     * Runs {@code work} as an identity change: the bump is the transaction's first statement (it takes the row's
     * lock, so identity changes queue behind each other, which they can afford), and this JVM is told when it ended.
     */
    static <T> T changing(ModulePersistence persistence, TransactionalWork<T> work) {
        try {
            return persistence.inTransaction(tx -> {
                bump(tx.entityManager());
                return work.execute(tx);
            });
        } finally {
            changedHere();
        }
    }

    /** Call after a transaction that bumped the generation has ended (committed or not). */
    static void changedHere() {
        CHANGED_HERE.incrementAndGet();
    }

    static long changesHere() {
        return CHANGED_HERE.get();
    }
}
