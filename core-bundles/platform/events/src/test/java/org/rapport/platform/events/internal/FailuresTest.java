package org.rapport.platform.events.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void namesTheExceptionClassAndMessage() {
        assertEquals("java.io.IOException: connection refused", Failures.describe(new IOException("connection refused")));
        assertEquals("java.lang.NullPointerException", Failures.describe(new NullPointerException()));
    }

    @Test
    void fitsTheLastErrorColumn() {
        String described = Failures.describe(new IllegalStateException("x".repeat(10_000)));
        assertEquals(Failures.MAX_LENGTH, described.length());
        assertTrue(described.endsWith("…"));
    }

    @Test
    void doesNotCutASurrogatePairInHalf() {
        String emoji = "\uD83D\uDE00";
        String text = "a".repeat(1998) + emoji + "tail";
        String truncated = Failures.truncate(text, 2000);
        assertTrue(truncated.length() <= 2000);
        assertFalse(Character.isHighSurrogate(truncated.charAt(truncated.length() - 2)));
    }
}
