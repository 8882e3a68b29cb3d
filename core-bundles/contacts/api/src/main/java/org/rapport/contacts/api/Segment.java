package org.rapport.contacts.api;

import java.time.Instant;

/**
 * A saved filter of people, e.g. "customers tagged vip": campaigns and reports target it by id.
 *
 * @param text   the folded search, or {@code null}
 * @param stage  the lifecycle stage, or {@code null}
 * @param tag    the tag, or {@code null}
 * @param shared true when everyone who may read people can use it, false when only its owner can
 */
public record Segment(long id, long version, String name, String text, LifecycleStage stage, String tag,
        long ownerUserId, boolean shared, Instant createdAt) {

    /** The list query of this segment's members. */
    public ContactQuery query(int size, String cursor) {
        return new ContactQuery(text, stage, tag, ContactQuery.Sort.NAME, size, cursor);
    }
}
