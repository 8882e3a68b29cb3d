package org.rapport.contacts.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.rapport.contacts.api.Page;

/**
 * Offsets over keyset pages: the grid asks for rows by position, the contacts services page by cursor. Only the
 * cursors of the pages reached so far are kept (a few bytes each) and the last few pages' rows, so scrolling through
 * a million records needs neither a count of them nor memory for them. A position beyond the pages seen so far is
 * reached by reading forward from the last known cursor; the grid grows its scroll range step by step, so such walks
 * stay short.
 */
final class KeysetPages<T> {

    private static final int CACHED_PAGES = 20;

    private final BiFunction<String, Integer, Page<T>> source;
    private final int pageSize;
    /** {@code cursors.get(p)} reads page {@code p}; the first page has no cursor. */
    private final List<String> cursors = new ArrayList<>();
    private final Map<Integer, List<T>> recent = new LinkedHashMap<>(CACHED_PAGES, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<T>> eldest) {
            return size() > CACHED_PAGES;
        }
    };
    private Integer lastPage;
    private long total;
    private boolean totalEstimated;
    private boolean loaded;

    /**
     * @param source   reads the page after a cursor ({@code null}: the first) of the given size
     * @param pageSize rows per request to the service
     */
    KeysetPages(BiFunction<String, Integer, Page<T>> source, int pageSize) {
        this.source = source;
        this.pageSize = pageSize;
        cursors.add(null);
    }

    /** The rows at {@code offset}, at most {@code limit} of them; fewer at the end of the list. */
    List<T> rows(int offset, int limit) {
        List<T> result = new ArrayList<>(limit);
        if (limit <= 0) {
            return result;
        }
        int first = offset / pageSize;
        int last = (offset + limit - 1) / pageSize;
        for (int p = first; p <= last; p++) {
            List<T> page = page(p);
            int from = p == first ? offset - p * pageSize : 0;
            for (int i = from; i < page.size() && result.size() < limit; i++) {
                result.add(page.get(i));
            }
            if (page.size() < pageSize) {
                break;
            }
        }
        return result;
    }

    /** How many records match, as the service last said; read the first page before asking. */
    long total() {
        if (!loaded) {
            page(0);
        }
        return total;
    }

    boolean totalEstimated() {
        if (!loaded) {
            page(0);
        }
        return totalEstimated;
    }

    private List<T> page(int p) {
        if (lastPage != null && p > lastPage) {
            return List.of();
        }
        List<T> cached = recent.get(p);
        if (cached != null) {
            return cached;
        }
        while (cursors.size() <= p) {
            load(cursors.size() - 1);
            if (lastPage != null && p > lastPage) {
                return List.of();
            }
        }
        return load(p);
    }

    private List<T> load(int p) {
        Page<T> page = source.apply(cursors.get(p), pageSize);
        loaded = true;
        total = page.total();
        totalEstimated = page.totalEstimated();
        recent.put(p, page.items());
        if (page.nextCursor() == null) {
            lastPage = p;
        } else if (cursors.size() == p + 1) {
            cursors.add(page.nextCursor());
        }
        return page.items();
    }
}
