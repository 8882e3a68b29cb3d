package org.rapport.contacts.api;

/**
 * A filtered, sorted page of people or organizations.
 *
 * @param text   folded search: every word must start a word of the name, an email, a phone (digits in any script)
 *               or a tag; {@code null} or blank for all
 * @param stage  only this lifecycle stage; {@code null} for any
 * @param tag    only records with this tag; {@code null} for any
 * @param sort   the order
 * @param size   page size, 1 to {@value #MAX_SIZE}
 * @param cursor {@code null} for the first page, else the {@link Page#nextCursor()} of the page before
 * @param custom conditions on custom fields, all of which must hold; an unknown or retired key, or a value that is
 *               not of the field's type, is refused with a field error {@code custom.<key>}
 * @param organizationId only the people linked to this organization (its people page); {@code null} for anyone.
 *               People lists only; the organization must be one the caller may see
 */
public record ContactQuery(String text, LifecycleStage stage, String tag, Sort sort, int size, String cursor,
        java.util.List<CustomFilter> custom, Long organizationId) {

    public static final int MAX_SIZE = 500;
    public static final int DEFAULT_SIZE = 50;

    public ContactQuery {
        sort = sort == null ? Sort.NAME : sort;
        custom = custom == null ? java.util.List.of() : java.util.List.copyOf(custom);
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", got " + size);
        }
    }

    public ContactQuery(String text, LifecycleStage stage, String tag, Sort sort, int size, String cursor) {
        this(text, stage, tag, sort, size, cursor, java.util.List.of(), null);
    }

    public ContactQuery(String text, LifecycleStage stage, String tag, Sort sort, int size, String cursor,
            java.util.List<CustomFilter> custom) {
        this(text, stage, tag, sort, size, cursor, custom, null);
    }

    public static ContactQuery first(int size) {
        return new ContactQuery(null, null, null, Sort.NAME, size, null);
    }

    public ContactQuery withText(String newText) {
        return new ContactQuery(newText, stage, tag, sort, size, cursor, custom, organizationId);
    }

    public ContactQuery after(String nextCursor) {
        return new ContactQuery(text, stage, tag, sort, size, nextCursor, custom, organizationId);
    }

    public ContactQuery withCustom(java.util.List<CustomFilter> filters) {
        return new ContactQuery(text, stage, tag, sort, size, cursor, filters, organizationId);
    }

    /** Only the people linked to this organization (people lists only; {@code null} for anyone). */
    public ContactQuery withOrganization(Long organization) {
        return new ContactQuery(text, stage, tag, sort, size, cursor, custom, organization);
    }

    /** The same conditions in another page size, from the first page. */
    public ContactQuery firstPageOf(int newSize) {
        return new ContactQuery(text, stage, tag, sort, newSize, null, custom, organizationId);
    }

    /** Orders a list can take; each breaks ties by id, so keyset paging never skips or repeats a record. */
    public enum Sort {
        /** By the folded display name (last name first for people), A to Z. */
        NAME,
        /** By the folded display name, Z to A. */
        NAME_DESC,
        /** Newest first. */
        CREATED_DESC,
        /** Oldest first. */
        CREATED,
        /** Most recently changed first. */
        UPDATED_DESC
    }
}
