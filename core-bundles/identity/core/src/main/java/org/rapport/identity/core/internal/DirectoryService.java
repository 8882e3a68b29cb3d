package org.rapport.identity.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.api.directory.Directory;
import org.rapport.platform.api.directory.DirectoryEntry;
import org.rapport.platform.api.directory.DirectoryEntry.Kind;
import org.rapport.platform.api.i18n.TextFolding;
import org.rapport.platform.api.persistence.ModulePersistence;
import org.rapport.platform.api.security.CurrentCaller;

/**
 * Names of users and teams for everyone signed in. The search folds names in memory rather than storing a key per
 * user: an organization has hundreds to a few thousand users and teams, read in one query each, whereas a stored
 * key would need a migration and re-keying whenever the folding rules change.
 */
@Component(service = Directory.class)
public class DirectoryService implements Directory {

    /** Ids per {@code in} list: well below every database's limit on bound parameters. */
    private static final int IDS_PER_QUERY = 500;
    private static final String WORD_SEPARATORS = " -_.";

    private final ModulePersistence persistence;
    private final TextFolding folding;

    @Activate
    public DirectoryService(@Reference(target = "(rapport.module=identity)") ModulePersistence persistence,
            @Reference TextFolding folding) {
        this.persistence = persistence;
        this.folding = folding;
    }

    @Override
    public Map<Long, String> userNames(Collection<Long> userIds) {
        return names("select u.id, u.displayName from UserEntity u where u.id in :ids", userIds);
    }

    @Override
    public Map<Long, String> teamNames(Collection<Long> teamIds) {
        return names("select t.id, t.name from TeamEntity t where t.id in :ids", teamIds);
    }

    @Override
    public List<DirectoryEntry> search(String prefix, Set<Kind> kinds, int limit) {
        CurrentCaller.require();
        int max = Math.max(0, Math.min(limit, MAX_RESULTS));
        if (max == 0) {
            return List.of();
        }
        String key = prefix == null ? "" : folding.fold(prefix);
        boolean users = kinds == null || kinds.isEmpty() || kinds.contains(Kind.USER);
        boolean teams = kinds == null || kinds.isEmpty() || kinds.contains(Kind.TEAM);
        return persistence.inTransaction(tx -> {
            EntityManager em = tx.entityManager();
            List<DirectoryEntry> found = new ArrayList<>();
            if (users) {
                found.addAll(matching(em.createQuery("select u.id, u.displayName, u.username from UserEntity u"
                        + " where u.active = true", Object[].class).getResultList(), Kind.USER, key, max));
            }
            if (teams && found.size() < max) {
                found.addAll(matching(em.createQuery("select t.id, t.name, t.name from TeamEntity t", Object[].class)
                        .getResultList(), Kind.TEAM, key, max - found.size()));
            }
            return List.copyOf(found);
        });
    }

    /** Rows of (id, name, other name) whose name or other name matches, by folded name, then id. */
    private List<DirectoryEntry> matching(List<Object[]> rows, Kind kind, String key, int max) {
        record Candidate(DirectoryEntry entry, String sortKey) {
        }
        List<Candidate> matches = new ArrayList<>();
        for (Object[] row : rows) {
            String name = (String) row[1];
            String folded = folding.fold(name == null ? "" : name);
            if (matches(folded, key) || row[2] != null && folding.fold((String) row[2]).startsWith(key)) {
                matches.add(new Candidate(new DirectoryEntry(kind, (Long) row[0], name), folded));
            }
        }
        return matches.stream().sorted(Comparator.comparing(Candidate::sortKey)
                .thenComparing(candidate -> candidate.entry().id())).limit(max).map(Candidate::entry).toList();
    }

    /**
     * The whole name, or one of its words, starts with the key: "rez" finds "Ali Rezaei", "reg" the team
     * "north-region" (team names are identifiers, their words joined by {@code - _ .}).
     */
    static boolean matches(String foldedName, String key) {
        if (key.isEmpty() || foldedName.startsWith(key)) {
            return true;
        }
        for (int i = 0; i < foldedName.length() - 1; i++) {
            if (WORD_SEPARATORS.indexOf(foldedName.charAt(i)) >= 0 && foldedName.startsWith(key, i + 1)) {
                return true;
            }
        }
        return false;
    }

    private Map<Long, String> names(String jpql, Collection<Long> ids) {
        CurrentCaller.require();
        List<Long> wanted = ids == null ? List.of() : ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return persistence.inTransaction(tx -> {
            Map<Long, String> names = new HashMap<>();
            for (int from = 0; from < wanted.size(); from += IDS_PER_QUERY) {
                List<Long> chunk = wanted.subList(from, Math.min(wanted.size(), from + IDS_PER_QUERY));
                tx.entityManager().createQuery(jpql, Object[].class).setParameter("ids", chunk).getResultList()
                        .forEach(row -> names.put((Long) row[0], (String) row[1]));
            }
            return Map.copyOf(names);
        });
    }
}
