package org.rapport.contacts.api;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items          the records, in the query's order
 * @param nextCursor     pass to {@link ContactQuery#after} for the next page; {@code null} on the last page
 * @param total          how many records match in all
 * @param totalEstimated true when {@code total} is an estimate (lists past the configured exact-count threshold,
 *                       where counting exactly would cost seconds)
 */
public record Page<T>(List<T> items, String nextCursor, long total, boolean totalEstimated) {

    public Page {
        items = List.copyOf(items);
    }
}
