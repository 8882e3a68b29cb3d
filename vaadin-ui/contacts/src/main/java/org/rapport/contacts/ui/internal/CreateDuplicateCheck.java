package org.rapport.contacts.ui.internal;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.rapport.contacts.api.DuplicateCandidate;

/**
 * Whether saving a new person stops to show possible duplicates first. The user is asked once about each person: after
 * "Create anyway" a later save of the same form (a field refused, then fixed) goes ahead, unless it now matches
 * someone the user was not shown.
 */
final class CreateDuplicateCheck implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Set<Long> acknowledged = new HashSet<>();

    /** The people to show before creating: all found, if any of them is new to the user; otherwise none. */
    List<DuplicateCandidate> toAsk(List<DuplicateCandidate> found) {
        boolean anyNew = found.stream().anyMatch(candidate -> !acknowledged.contains(candidate.id()));
        return anyNew ? List.copyOf(found) : List.of();
    }

    /** The user chose to create the person although these were shown. */
    void acknowledge(List<DuplicateCandidate> shown) {
        shown.forEach(candidate -> acknowledged.add(candidate.id()));
    }
}
