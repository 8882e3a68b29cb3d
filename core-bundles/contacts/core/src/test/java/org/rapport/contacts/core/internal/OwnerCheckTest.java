package org.rapport.contacts.core.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rapport.contacts.api.Owner;
import org.rapport.platform.api.directory.Directory;
import org.rapport.platform.api.directory.DirectoryEntry;
import org.rapport.platform.api.web.ApiProblem;

class OwnerCheckTest {

    private final List<Collection<Long>> asked = new ArrayList<>();
    private final OwnerCheck owners = new OwnerCheck();

    OwnerCheckTest() {
        owners.use(new Directory() {
            @Override
            public Map<Long, String> userNames(Collection<Long> userIds) {
                asked.add(userIds);
                return userIds.contains(7L) ? Map.of(7L, "Sara") : Map.of();
            }

            @Override
            public Map<Long, String> teamNames(Collection<Long> teamIds) {
                return Map.of();
            }

            @Override
            public List<DirectoryEntry> search(String prefix, Set<DirectoryEntry.Kind> kinds, int limit) {
                return List.of();
            }
        });
    }

    @Test
    void aRecordOwnedByItsCreatorCostsNoLookup() {
        DraftCheck check = new DraftCheck(null);

        owners.check(Owner.user(5), null, 5, check);

        assertDoesNotThrow(() -> check.throwIfInvalid("person"));
        assertEquals(List.of(), asked, "an import of a million rows must not ask the directory a million times");
    }

    @Test
    void anotherUserIsAskedForAndAnUnknownOneRefused() {
        DraftCheck known = new DraftCheck(null);
        owners.check(Owner.user(7), null, 5, known);
        assertDoesNotThrow(() -> known.throwIfInvalid("person"));

        DraftCheck unknown = new DraftCheck(null);
        owners.check(Owner.user(8), null, 5, unknown);
        ApiProblem refused = assertThrows(ApiProblem.class, () -> unknown.throwIfInvalid("person"));
        assertEquals("there is no user 8", refused.fieldErrors().get(0).message());
        assertEquals(2, asked.size());
    }
}
