package org.rapport.contacts.api;

import java.time.Instant;
import java.util.List;

/**
 * A saved filter of people, e.g. "customers tagged vip" or "customers whose contract ends before June": campaigns and
 * reports target it by id.
 *
 * @param text   the folded search, or {@code null}
 * @param stage  the lifecycle stage, or {@code null}
 * @param tag    the tag, or {@code null}
 * @param shared true when everyone who may read people can use it, false when only its owner can
 * @param custom conditions on custom fields, all of which must hold (values as text, choices as lists); empty for none
 */
public record Segment(long id, long version, String name, String text, LifecycleStage stage, String tag,
        long ownerUserId, boolean shared, Instant createdAt, List<CustomFilter> custom) {

    public Segment {
        custom = custom == null ? List.of() : List.copyOf(custom);
    }

    /** A segment without conditions on custom fields. */
    public Segment(long id, long version, String name, String text, LifecycleStage stage, String tag,
            long ownerUserId, boolean shared, Instant createdAt) {
        this(id, version, name, text, stage, tag, ownerUserId, shared, createdAt, List.of());
    }

    /** The list query of this segment's members. */
    public ContactQuery query(int size, String cursor) {
        return new ContactQuery(text, stage, tag, ContactQuery.Sort.NAME, size, cursor, custom);
    }
}
