package org.rapport.contacts.ui.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.rapport.contacts.api.Owner;
import org.rapport.platform.api.directory.Directory;

import com.vaadin.flow.component.Component;

/**
 * Owners by name: the names of the users and teams on a page, read from the directory in one call each. Without the
 * directory, or for an id it does not know, a user reads "User 2" and a team "Team 5"; the caller reads "You".
 */
final class OwnerNames {

    private static final System.Logger LOG = System.getLogger(OwnerNames.class.getName());

    private final Map<Long, String> users;
    private final Map<Long, String> teams;

    private OwnerNames(Map<Long, String> users, Map<Long, String> teams) {
        this.users = users;
        this.teams = teams;
    }

    static OwnerNames of(Collection<Owner> owners) {
        Set<Long> userIds = new HashSet<>();
        Set<Long> teamIds = new HashSet<>();
        owners.stream().filter(Objects::nonNull).forEach(owner -> {
            if (owner.userId() != null) {
                userIds.add(owner.userId());
            }
            if (owner.teamId() != null) {
                teamIds.add(owner.teamId());
            }
        });
        return of(userIds, teamIds);
    }

    static OwnerNames of(Set<Long> userIds, Set<Long> teamIds) {
        return of(OwnerDirectory.current(), userIds, teamIds);
    }

    /** A directory that fails (e.g. its module stopping mid-call) leaves ids as ids: names are a nicety here. */
    static OwnerNames of(Optional<Directory> directory, Set<Long> userIds, Set<Long> teamIds) {
        if (directory.isEmpty()) {
            return new OwnerNames(Map.of(), Map.of());
        }
        try {
            return new OwnerNames(userIds.isEmpty() ? Map.of() : directory.get().userNames(userIds),
                    teamIds.isEmpty() ? Map.of() : directory.get().teamNames(teamIds));
        } catch (RuntimeException failed) {
            LOG.log(System.Logger.Level.WARNING, "Owners are shown by id: the directory of names failed", failed);
            return new OwnerNames(Map.of(), Map.of());
        }
    }

    String user(Component component, long id) {
        if (Texts.callerId().filter(caller -> caller == id).isPresent()) {
            return component.getTranslation("contacts.owner.you");
        }
        String name = users.get(id);
        return name == null ? component.getTranslation("contacts.owner.user", id) : name;
    }

    String team(Component component, long id) {
        String name = teams.get(id);
        return name == null ? component.getTranslation("contacts.owner.team", id)
                : component.getTranslation("contacts.owners.team", name);
    }

    /** "You · Team sales", "Sara Ahmadi"; {@code null} for no owner. */
    String owner(Component component, Owner owner) {
        if (owner == null || owner.userId() == null && owner.teamId() == null) {
            return null;
        }
        return Stream.of(owner.userId() == null ? null : user(component, owner.userId()),
                owner.teamId() == null ? null : team(component, owner.teamId())).filter(Objects::nonNull)
                .collect(Collectors.joining(" · "));
    }
}
