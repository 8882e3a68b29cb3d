package org.rapport.platform.api.audit;

import java.time.Instant;

/**
 * One audited fact: a field of a record created, changed or deleted, or a security event.
 *
 * @param id        increasing; pages of the trail continue before an id
 * @param operation {@code CREATE}, {@code UPDATE}, {@code DELETE}, or an event name such as {@code SIGN_IN}
 * @param field     the changed attribute; null for events and for records without fields
 * @param oldValue  the value before (null when created or unknown)
 * @param newValue  the value after (null when deleted)
 */
public record AuditEntry(long id, Instant at, String actor, String channel, String module, String entity,
        String entityId, String operation, String field, String oldValue, String newValue) {
}
