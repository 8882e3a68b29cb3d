package org.rapport.contacts.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TagFilterTest {

    @Test
    void theTagIsWhatWasTypedWithoutSpacesMarksOrAHash() {
        assertEquals("vip", TagFilter.tagOf("  vip "));
        assertEquals("مشتری‌ویژه", TagFilter.tagOf("\u200Fمشتری‌ویژه\u200F"), "bidi marks go, the ZWNJ inside stays");
        assertEquals("vip", TagFilter.tagOf("#vip"));
        assertEquals("vip", TagFilter.tagOf(" # vip"));
        assertEquals("c#", TagFilter.tagOf("c#"), "a hash inside is part of the tag");
        assertEquals("two words", TagFilter.tagOf("\u00A0two words\t"));
    }

    @Test
    void nothingTypedFiltersNothing() {
        assertNull(TagFilter.tagOf(null));
        assertNull(TagFilter.tagOf(""));
        assertNull(TagFilter.tagOf(" \u200E "));
        assertNull(TagFilter.tagOf("#"));
    }
}
