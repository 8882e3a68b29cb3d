package org.rapport.platform.api.audit;

import java.time.Instant;

/**
 * What to look for in the trail; every criterion is optional. Newest first, {@code limit} entries with an id
 * below {@code beforeId} (keyset paging: the next page starts before the last id seen). The fields of a created or
 * deleted record share one id and come together, so a page may hold a few entries more than {@code limit}.
 */
public record AuditQuery(String entity, String entityId, String actor, String module, Instant from, Instant to,
        Long beforeId, int limit) {

    public static final int MAX_LIMIT = 1000;

    public AuditQuery {
        if (limit <= 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
    }

    public static AuditQuery forRecord(String entity, String entityId, int limit) {
        return new AuditQuery(entity, entityId, null, null, null, null, null, limit);
    }
}
