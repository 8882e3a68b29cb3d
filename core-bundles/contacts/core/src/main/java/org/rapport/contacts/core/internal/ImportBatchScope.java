package org.rapport.contacts.core.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

/**
 * What the rows of one import batch share inside its transaction: the writes a new record needs besides its own row
 * (its links to organizations and its search terms), held back to the end of the batch so each table gets one JDBC
 * batch instead of a round trip per row, and the organizations already known to be visible to the importing user.
 * Outside a batch nothing is held back: a record created through the API writes everything at once.
 *
 * <p>Held-back writes are part of the batch's transaction: a batch rolled back never writes them.
 */
final class ImportBatchScope {

    private static final ThreadLocal<ImportBatchScope> CURRENT = new ThreadLocal<>();

    private final List<AffiliationEntity> links = new ArrayList<>();
    private final List<TermWriter.RecordTerms> terms = new ArrayList<>();
    private final Set<Long> visibleOrganizations = new HashSet<>();

    private ImportBatchScope() {
    }

    /** Runs a batch's rows with this scope; the caller {@link #writeHeldBack writes} before it commits. */
    static <T> T during(Supplier<T> work) {
        if (CURRENT.get() != null) {
            return work.get();
        }
        CURRENT.set(new ImportBatchScope());
        try {
            return work.get();
        } finally {
            CURRENT.remove();
        }
    }

    static Optional<ImportBatchScope> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** A new person's link: written once the person's own row is (the link's foreign key needs it). */
    void holdBack(AffiliationEntity link) {
        links.add(link);
    }

    /** A new record's search terms (they have no foreign key: written whenever the batch ends). */
    void holdBack(TermWriter.RecordTerms recordTerms) {
        terms.add(recordTerms);
    }

    boolean knownVisible(long organizationId) {
        return visibleOrganizations.contains(organizationId);
    }

    void rememberVisible(long organizationId) {
        visibleOrganizations.add(organizationId);
    }

    /** Writes everything the transaction holds: what the batch held back (if there is a batch) and the rest. */
    static void writeAll(EntityManager em) {
        current().ifPresent(batch -> batch.writeHeldBack(em));
        em.flush();
    }

    /**
     * Writes what was held back: the records first (one flush, EclipseLink batches the inserts), then their links,
     * then every term in one JDBC batch. Called at the end of the batch, and before a row reads back a record an
     * earlier row of the same batch created.
     */
    void writeHeldBack(EntityManager em) {
        if (links.isEmpty() && terms.isEmpty()) {
            return;
        }
        em.flush();
        if (!links.isEmpty()) {
            links.forEach(em::persist);
            links.clear();
            em.flush();
        }
        if (!terms.isEmpty()) {
            TermWriter.insertAll(em, terms);
            terms.clear();
        }
    }
}
