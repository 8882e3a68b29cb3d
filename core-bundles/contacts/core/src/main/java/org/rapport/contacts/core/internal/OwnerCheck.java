package org.rapport.contacts.core.internal;

import java.util.List;
import java.util.Objects;

import org.rapport.contacts.api.Owner;
import org.rapport.platform.api.directory.Directory;

/**
 * A record given to a new owner must go to a user or team that exists: an unknown id would make the record
 * invisible to everyone but admins. The directory is the identity module's and may be absent; then ids are taken
 * as given, as before there was a directory. An owner sent back unchanged is never checked, so records of a user
 * or team that has since gone can still be edited.
 */
final class OwnerCheck {

    private volatile Directory directory;

    void use(Directory present) {
        directory = present;
    }

    void drop(Directory gone) {
        if (directory == gone) {
            directory = null;
        }
    }

    /**
     * Adds a field error {@code owner} for each newly given user or team id the directory does not know. The caller
     * is known without asking: a new record owned by its creator (every row of an import) costs no lookup.
     */
    void check(Owner asked, Owner current, long callerId, DraftCheck check) {
        Directory known = directory;
        if (known == null || asked == null) {
            return;
        }
        Long user = asked.userId();
        if (user != null && user > 0 && user != callerId
                && !Objects.equals(user, current == null ? null : current.userId())
                && !known.userNames(List.of(user)).containsKey(user)) {
            check.error("owner", "there is no user " + user);
        }
        Long team = asked.teamId();
        if (team != null && team > 0 && !Objects.equals(team, current == null ? null : current.teamId())
                && !known.teamNames(List.of(team)).containsKey(team)) {
            check.error("owner", "there is no team " + team);
        }
    }
}
