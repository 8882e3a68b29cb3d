package org.rapport.contacts.core.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.rapport.contacts.api.ContactQuery;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

/**
 * A list's order in JPQL on {@code e}, and its keyset: where the page after a {@link Cursor} starts, and the cursor
 * a row leaves. Each order is an index's columns with the id last, so a page is read from the index and stops there.
 */
final class ListOrder {

    private ListOrder() {
    }

    /** The order; led by the stage with {@code stageFirst} (H2 needs that for a list of one stage: see ListPages). */
    static String of(ContactQuery.Sort sort, boolean stageFirst) {
        return (stageFirst ? "e.stage, " : "") + of(sort);
    }

    private static String of(ContactQuery.Sort sort) {
        return switch (sort) {
            case NAME -> "e.sortKey, e.id";
            case NAME_DESC -> "e.sortKey desc, e.id desc";
            case CREATED -> "e.createdAt, e.id";
            case CREATED_DESC -> "e.createdAt desc, e.id desc";
            case UPDATED_DESC -> "e.updatedAt desc, e.id desc";
        };
    }

    /** The condition on {@code e} of coming after the cursor in this order. */
    static String keyset(ContactQuery.Sort sort, Cursor cursor, Map<String, Object> params) {
        params.put("cursorId", cursor.id());
        switch (sort) {
            case NAME -> {
                params.put("cursorKey", cursor.sortValue());
                return "(e.sortKey > :cursorKey or (e.sortKey = :cursorKey and e.id > :cursorId))";
            }
            case NAME_DESC -> {
                params.put("cursorKey", cursor.sortValue());
                return "(e.sortKey < :cursorKey or (e.sortKey = :cursorKey and e.id < :cursorId))";
            }
            case CREATED -> {
                params.put("cursorAt", instant(cursor));
                return "(e.createdAt > :cursorAt or (e.createdAt = :cursorAt and e.id > :cursorId))";
            }
            case CREATED_DESC -> {
                params.put("cursorAt", instant(cursor));
                return "(e.createdAt < :cursorAt or (e.createdAt = :cursorAt and e.id < :cursorId))";
            }
            default -> {
                params.put("cursorAt", instant(cursor));
                return "(e.updatedAt < :cursorAt or (e.updatedAt = :cursorAt and e.id < :cursorId))";
            }
        }
    }

    private static Instant instant(Cursor cursor) {
        try {
            return Instant.parse(cursor.sortValue());
        } catch (RuntimeException cursorOfAnotherOrder) {
            throw ApiProblem.invalid("The cursor belongs to a list in another order; start again from the first"
                    + " page.", List.of(new FieldError("cursor", "not a cursor of this order")));
        }
    }

    /** The column a list in this order is sorted by before the id. */
    static String sortedBy(ContactQuery.Sort sort) {
        return switch (sort) {
            case NAME, NAME_DESC -> "e.sortKey";
            case CREATED, CREATED_DESC -> "e.createdAt";
            case UPDATED_DESC -> "e.updatedAt";
        };
    }

    /** The cursor after the last record of a page. */
    static Cursor cursorOf(ContactQuery.Sort sort, ContactEntity last) {
        Object sortValue = switch (sort) {
            case NAME, NAME_DESC -> last.getSortKey();
            case CREATED, CREATED_DESC -> last.getCreatedAt();
            case UPDATED_DESC -> last.getUpdatedAt();
        };
        return cursorAfter(last.getId(), sortValue);
    }

    /** The cursor after a row read as its id and its {@link #sortedBy} value. */
    static Cursor cursorAfter(long id, Object sortValue) {
        return new Cursor(String.valueOf(sortValue), id);
    }
}
