package org.rapport.platform.api.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A read-only directory of users and teams that every signed-in user may read: names only (no roles, emails or
 * account state). Each method needs a caller on the thread ({@code CurrentCaller}) and throws
 * {@link IllegalStateException} without one.
 */
@ProviderType
public interface Directory {

    /** The most entries {@link #search} answers, whatever limit is asked for. */
    int MAX_RESULTS = 50;

    /**
     * Display names by user id, for a page of records at once. Ids that are no user are left out; deactivated users
     * keep their name (records they owned still read as theirs).
     */
    Map<Long, String> userNames(Collection<Long> userIds);

    /** Team names by team id; ids that are no team are left out. */
    Map<Long, String> teamNames(Collection<Long> teamIds);

    /**
     * Active users and teams whose name has a word starting with {@code prefix} (users also by username), compared
     * as search keys ({@code TextFolding}: case, accents, Arabic and Persian letter forms and digits do not matter),
     * users first, each kind by name. A blank prefix lists them from the start.
     *
     * @param kinds which kinds to list; empty means both
     * @param limit at most this many (and at most {@link #MAX_RESULTS})
     */
    List<DirectoryEntry> search(String prefix, Set<DirectoryEntry.Kind> kinds, int limit);
}
