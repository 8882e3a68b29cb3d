package org.rapport.platform.events.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class IdRunsTest {

    @Test
    void consecutiveIdsAreOneRunAndAGapStartsTheNext() {
        assertEquals(List.of(new IdRuns.Run(3, 5), new IdRuns.Run(7, 7), new IdRuns.Run(9, 10)),
                IdRuns.of(List.of(3L, 4L, 5L, 7L, 9L, 10L)).runs());
    }

    @Test
    void noIdsNoRunsAndOneIdOneRun() {
        assertEquals(List.of(), IdRuns.of(List.of()).runs());
        assertEquals(List.of(new IdRuns.Run(42, 42)), IdRuns.of(List.of(42L)).runs());
        assertEquals(1, new IdRuns.Run(42, 42).size());
        assertEquals(500, new IdRuns.Run(1, 500).size());
    }

    @Test
    void idsOutOfOrderOrRepeatedAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> IdRuns.of(List.of(2L, 1L)));
        assertThrows(IllegalArgumentException.class, () -> IdRuns.of(List.of(1L, 1L)));
    }
}
