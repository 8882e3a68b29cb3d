package org.rapport.contacts.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What people and organizations have in common as services. Every method runs as the current caller: a record they
 * may not see is treated exactly like one that does not exist ({@link Optional#empty()}, or
 * {@link ContactNotFoundException}); changes they may not make throw {@link ContactAccessException}; invalid input
 * throws {@code ApiProblem} with a field error per problem.
 *
 * @param <R> the record as answered
 * @param <D> the draft it is created from
 */
@ProviderType
public interface ContactRecords<R, D> {

    R create(D draft);

    Optional<R> find(long id);

    /** Replaces the record's fields with {@code draft}, if it is still at {@code expectedVersion}. */
    R update(long id, long expectedVersion, D draft);

    void delete(long id, long expectedVersion);

    Page<R> list(ContactQuery query);

    /** Up to {@code limit} records whose name, email or phone starts with {@code prefix} (folded), best first. */
    List<Suggestion> suggest(String prefix, int limit);

    /**
     * Writes every record the query matches (all pages, in its order) as CSV: one column per field the caller may
     * see, lists joined with {@code ;}. Needs the type's export permission; the export is recorded in the audit trail.
     *
     * @return how many records were written
     */
    long exportCsv(ContactQuery query, java.io.Writer out) throws java.io.IOException;

    List<Share> shares(long id);

    /** Shares the record with a user or team (replacing an earlier share with the same one); needs write access. */
    void share(long id, Share share);

    void unshare(long id, Share share);
}
