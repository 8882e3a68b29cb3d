package org.rapport.contacts.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.rapport.platform.api.directory.Directory;
import org.rapport.platform.api.directory.DirectoryEntry;
import org.rapport.platform.api.directory.DirectoryEntry.Kind;

class OwnerPickerTest {

    /** Sixty users named "Rep n"; remembers what it was asked. */
    private static final class Reps implements Directory {
        final List<String> asked = new ArrayList<>();

        @Override
        public Map<Long, String> userNames(Collection<Long> userIds) {
            return Map.of();
        }

        @Override
        public Map<Long, String> teamNames(Collection<Long> teamIds) {
            return Map.of();
        }

        @Override
        public List<DirectoryEntry> search(String prefix, Set<Kind> kinds, int limit) {
            asked.add(prefix + " " + kinds + " " + limit);
            return LongStream.rangeClosed(1, 60).limit(Math.min(limit, MAX_RESULTS))
                    .mapToObj(id -> new DirectoryEntry(Kind.USER, id, "Rep " + id)).toList();
        }
    }

    @Test
    void pagesOfTheComboBoxAreCutFromOneSearchOfOneKind() {
        Reps reps = new Reps();

        List<DirectoryEntry> second = OwnerPicker.page(reps, Kind.USER, "re", 10, 10).toList();

        assertEquals(List.of("re [USER] 20"), reps.asked);
        assertEquals(11L, second.get(0).id());
        assertEquals(10, second.size());
    }

    @Test
    void theComboBoxEndsWhereTheDirectoryStops() {
        Reps reps = new Reps();

        assertEquals(10, OwnerPicker.page(reps, Kind.USER, "", 40, 50).count());
        assertEquals(0, OwnerPicker.page(reps, Kind.USER, "", Directory.MAX_RESULTS, 50).count());
        assertEquals(1, reps.asked.size(), "past the end nothing is asked");
    }
}
