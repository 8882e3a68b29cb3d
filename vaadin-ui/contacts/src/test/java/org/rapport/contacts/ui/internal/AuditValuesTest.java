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

    @Test
    void customValuesReadByTheirLabelsWithoutTheHiddenOnes() {
        String stored = "{\"budget\":{\"amount\":\"12.50\",\"currency\":\"EUR\"},\"interests\":[\"golf\",\"tea\"],"
                + "\"old\":\"kept\",\"salary\":\"9000\",\"vip\":true}";
        assertEquals("Budget: 12.50 EUR; Interests: golf, tea; old: kept; VIP: true", AuditValues.customValues(stored,
                java.util.Map.of("budget", "Budget", "interests", "Interests", "salary", "Salary", "vip", "VIP"),
                key -> key.equals("salary")));
        assertEquals("", AuditValues.customValues(null, java.util.Map.of(), key -> false));
    }
}
