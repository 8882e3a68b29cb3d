package org.rapport.contacts.core.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapport.platform.api.access.RecordScope;
import org.rapport.platform.api.access.ShareLevel;

/**
 * A {@link RecordScope} as a JPQL condition on {@code e} (a person or organization), so the database filters:
 * owner, owner's team, the people below in the hierarchy, and explicit shares in {@code contacts_share}.
 */
final class ScopeFilter {

    private ScopeFilter() {
    }

    /** The condition, or {@code null} when the scope is everything; its parameters are put into {@code params}. */
    static String jpql(RecordScope scope, RecordKind kind, boolean forWrite, Map<String, Object> params) {
        if (scope.everything()) {
            return null;
        }
        // IN () is not valid SQL: an id no row has stands in for "none".
        Set<Long> teams = scope.teamIds().isEmpty() ? Set.of(-1L) : scope.teamIds();
        params.put("scopeUsers", List.copyOf(scope.ownerUserIds()));
        params.put("scopeTeams", List.copyOf(teams));
        params.put("scopeMe", scope.userId());
        params.put("scopeKind", kind.code());
        String level = "";
        if (forWrite) {
            params.put("scopeLevel", ShareLevel.READ_WRITE.name());
            level = " and s.level = :scopeLevel";
        }
        return "(e.ownerUserId in :scopeUsers or e.ownerTeamId in :scopeTeams or e.id in (select s.recordId"
                + " from ContactShare s where s.recordKind = :scopeKind and (s.userId = :scopeMe or s.teamId in"
                + " :scopeTeams)" + level + "))";
    }
}
