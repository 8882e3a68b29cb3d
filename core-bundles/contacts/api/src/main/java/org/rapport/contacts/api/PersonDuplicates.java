package org.rapport.contacts.api;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Finding and merging duplicate people, as the current caller (only people they may see are proposed). A person
 * erased on request ({@link Person#erased()}) is never part of either: never proposed, without candidates of their
 * own, and never merged.
 */
@ProviderType
public interface PersonDuplicates {

    /** Side of a merge a field's value is taken from. */
    enum Side {
        SURVIVOR, MERGED
    }

    /** People who may be the one this draft describes: ask before creating, best first. */
    List<DuplicateCandidate> candidatesFor(PersonDraft draft);

    /** People who may be the same as an existing one, best first. */
    List<DuplicateCandidate> candidatesOf(long personId);

    /**
     * Merges {@code mergedId} into {@code survivorId}: for each single-valued field the side named in
     * {@code choices} wins (the survivor's when not named); emails, phones, addresses, social handles, tags and
     * organizations are united. Consents and shares of the merged person move to the survivor; the merged person is
     * deleted (its history stays in the audit trail) and {@link ContactTopics#PERSON_MERGED} is published. Needs
     * write access to both and {@code contacts.person.delete}; both versions must be current. A merge with an erased
     * person on either side is refused (a 409 problem saying which side) and nothing is written: if the erased record
     * was the same person as the other, that one is erased too, not merged.
     *
     * @return the survivor as it is after the merge
     */
    Person merge(long survivorId, long survivorVersion, long mergedId, long mergedVersion, Map<String, Side> choices);
}
