package org.rapport.platform.api.access;

import java.util.Set;

/**
 * The records of one type a caller may read (or change), in a shape a query can filter with in the database:
 * <pre>
 * everything
 *   or owner_user_id in (ownerUserIds)
 *   or owner_team_id in (teamIds)
 *   or id in (select record_id from &lt;module's share table&gt; where user_id = userId or team_id in (teamIds))
 * </pre>
 * The share table belongs to the module that owns the records (a module never reads another's tables); for a write
 * scope it counts only shares at {@link ShareLevel#READ_WRITE}.
 *
 * @param everything   true when the caller may reach every record of the type (org-wide default, or a role with all
 *                     permissions); the other fields are then irrelevant
 * @param userId       the caller's user id, for shares made with them
 * @param ownerUserIds the caller and everyone whose role lies below the caller's roles in the hierarchy
 * @param teamIds      the teams the caller belongs to (records owned by or shared with them)
 */
public record RecordScope(boolean everything, long userId, Set<Long> ownerUserIds, Set<Long> teamIds) {

    public RecordScope {
        ownerUserIds = Set.copyOf(ownerUserIds);
        teamIds = Set.copyOf(teamIds);
    }

    public static RecordScope all(long userId) {
        return new RecordScope(true, userId, Set.of(userId), Set.of());
    }

    /**
     * Whether a record with this owner falls in the scope without any share: for checks on one record already loaded.
     * Shares are the module's to look up.
     */
    public boolean ownsOrInherits(Long ownerUserId, Long ownerTeamId) {
        return everything || ownerUserId != null && ownerUserIds.contains(ownerUserId)
                || ownerTeamId != null && teamIds.contains(ownerTeamId);
    }
}
