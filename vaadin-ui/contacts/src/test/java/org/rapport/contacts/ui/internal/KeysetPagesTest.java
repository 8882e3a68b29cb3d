package org.rapport.contacts.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.rapport.contacts.api.Page;

class KeysetPagesTest {

    /** A service over the numbers 0 … size-1 whose cursor is the last number of the page before. */
    private static final class Numbers {
        final int size;
        final List<String> cursorsAsked = new ArrayList<>();

        Numbers(int size) {
            this.size = size;
        }

        Page<Integer> page(String cursor, int pageSize) {
            cursorsAsked.add(cursor);
            int from = cursor == null ? 0 : Integer.parseInt(cursor) + 1;
            List<Integer> items = IntStream.range(from, Math.min(size, from + pageSize)).boxed().toList();
            boolean more = from + pageSize < size;
            return new Page<>(items, more ? String.valueOf(items.get(items.size() - 1)) : null, size, false);
        }
    }

    @Test
    void rowsAcrossPageBoundariesComeInOrder() {
        Numbers numbers = new Numbers(1000);
        KeysetPages<Integer> pages = new KeysetPages<>(numbers::page, 100);
        assertEquals(IntStream.range(150, 260).boxed().toList(), pages.rows(150, 110));
        assertEquals(1000, pages.total());
    }

    @Test
    void aJumpAheadWalksTheCursorsOnceAndThenReadsFromTheCache() {
        Numbers numbers = new Numbers(100_000);
        KeysetPages<Integer> pages = new KeysetPages<>(numbers::page, 100);
        assertEquals(List.of(950, 951), pages.rows(950, 2));
        assertEquals(10, numbers.cursorsAsked.size(), "pages 0 to 9, each once");
        pages.rows(900, 100);
        assertEquals(10, numbers.cursorsAsked.size(), "page 9 is still in memory");
        assertEquals(List.of(1000), pages.rows(1000, 1));
        assertEquals(11, numbers.cursorsAsked.size(), "page 10 from the cursor page 9 left");
    }

    @Test
    void theEndOfTheListGivesFewerRowsAndNoMoreQueries() {
        Numbers numbers = new Numbers(250);
        KeysetPages<Integer> pages = new KeysetPages<>(numbers::page, 100);
        assertEquals(IntStream.range(200, 250).boxed().toList(), pages.rows(200, 100));
        int asked = numbers.cursorsAsked.size();
        assertTrue(pages.rows(300, 100).isEmpty());
        assertEquals(asked, numbers.cursorsAsked.size());
    }

    @Test
    void anEmptyListHasNoRowsAndAZeroTotal() {
        KeysetPages<Integer> pages = new KeysetPages<>(new Numbers(0)::page, 100);
        assertEquals(0, pages.total());
        assertFalse(pages.totalEstimated());
        assertTrue(pages.rows(0, 50).isEmpty());
    }

    @Test
    void onlyAFewPagesStayInMemory() {
        Numbers numbers = new Numbers(10_000);
        KeysetPages<Integer> pages = new KeysetPages<>(numbers::page, 100);
        pages.rows(0, 10_000);
        int asked = numbers.cursorsAsked.size();
        assertEquals(List.of(5), pages.rows(5, 1));
        assertEquals(asked + 1, numbers.cursorsAsked.size(), "page 0 was dropped and is read again by its cursor");
        assertEquals(null, numbers.cursorsAsked.get(numbers.cursorsAsked.size() - 1));
    }
}
