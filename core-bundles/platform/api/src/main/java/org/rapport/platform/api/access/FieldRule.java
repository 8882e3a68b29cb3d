package org.rapport.platform.api.access;

/** What a caller may do with one field of a record they can see. */
public enum FieldRule {
    /** Shown and changeable (when the record is). */
    EDITABLE,
    /** Shown, but a change to it is refused. */
    READ_ONLY,
    /** Never shown: left out of forms, lists, REST answers, exports and search; a change to it is refused. */
    HIDDEN;

    /** The less restrictive of the two: rules from several roles add up like permissions do. */
    public FieldRule loosest(FieldRule other) {
        return ordinal() <= other.ordinal() ? this : other;
    }
}
