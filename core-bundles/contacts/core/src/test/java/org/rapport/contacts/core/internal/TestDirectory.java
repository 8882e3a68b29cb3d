package org.rapport.contacts.core.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapport.platform.api.directory.Directory;
import org.rapport.platform.api.directory.DirectoryEntry;

/** The identity module's directory, as maps of names by id. */
final class TestDirectory implements Directory {

    final Map<Long, String> users = new HashMap<>();
    final Map<Long, String> teams = new HashMap<>();

    @Override
    public Map<Long, String> userNames(Collection<Long> userIds) {
        return pick(users, userIds);
    }

    @Override
    public Map<Long, String> teamNames(Collection<Long> teamIds) {
        return pick(teams, teamIds);
    }

    @Override
    public List<DirectoryEntry> search(String prefix, Set<DirectoryEntry.Kind> kinds, int limit) {
        throw new UnsupportedOperationException("the contacts module does not search the directory");
    }

    private static Map<Long, String> pick(Map<Long, String> names, Collection<Long> ids) {
        Map<Long, String> found = new HashMap<>();
        ids.stream().filter(names::containsKey).forEach(id -> found.put(id, names.get(id)));
        return found;
    }
}
