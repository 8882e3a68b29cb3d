package org.rapport.platform.events.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Ascending ids cut into runs of consecutive values. The rows a transaction writes get consecutive ids, so the rows
 * waiting for a sequence number are a few long runs, and each run is numbered by one statement instead of one per row
 * (an import of 100,000 records would otherwise send the database 100,000 updates).
 */
record IdRuns(List<Run> runs) {

    /** The ids {@code first} to {@code last}, both included. */
    record Run(long first, long last) {

        int size() {
            return Math.toIntExact(last - first + 1);
        }
    }

    /** @param ascendingIds distinct ids, smallest first */
    static IdRuns of(List<Long> ascendingIds) {
        List<Run> runs = new ArrayList<>();
        Long first = null;
        long last = 0;
        for (long id : ascendingIds) {
            if (first != null && id <= last) {
                throw new IllegalArgumentException("ids must be distinct and ascending: " + id + " after " + last);
            }
            if (first != null && id == last + 1) {
                last = id;
                continue;
            }
            if (first != null) {
                runs.add(new Run(first, last));
            }
            first = id;
            last = id;
        }
        if (first != null) {
            runs.add(new Run(first, last));
        }
        return new IdRuns(List.copyOf(runs));
    }
}
