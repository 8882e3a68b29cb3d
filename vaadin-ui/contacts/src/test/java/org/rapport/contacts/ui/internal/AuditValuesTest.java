package org.rapport.contacts.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class AuditValuesTest {

    @Test
    void storedListsReadAsText() {
        assertEquals("ali@example.com, work; b@example.com",
                AuditValues.readable("[{\"address\":\"ali@example.com\",\"label\":\"work\"},"
                        + "{\"address\":\"b@example.com\",\"label\":null}]"));
        assertEquals("vip, tehran", AuditValues.readable("[\"vip\",\"tehran\"]").replace("; ", ", "));
        assertEquals("plain text", AuditValues.readable("plain text"));
        assertEquals("[not json", AuditValues.readable("[not json"));
        assertEquals("", AuditValues.readable(null));
    }

    @Test
    void attributesMapToTheFieldsUsersKnowAndDerivedOnesAreLeftOut() {
        assertEquals(Optional.of("owner"), AuditValues.field("ownerUserId"));
        assertEquals(Optional.of("emails"), AuditValues.field("emails"));
        assertEquals(Optional.empty(), AuditValues.field("sortKey"));
        assertEquals(Optional.empty(), AuditValues.field("displayName"));
    }
}
