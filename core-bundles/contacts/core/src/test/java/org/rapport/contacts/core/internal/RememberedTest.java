package org.rapport.contacts.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** What the lists remember for a while, and how a walk sizes its first chunk from it. */
class RememberedTest {

    /** A clock the test moves. */
    private static final class Hands extends Clock {
        private Instant now = Instant.parse("2026-11-28T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void anAnswerIsKeptForItsTimeAndThenAskedAgain() {
        Hands clock = new Hands();
        Remembered<Boolean> common = new Remembered<>(clock, Duration.ofMinutes(1), 10);
        common.put("P tag vip", Boolean.TRUE);
        clock.now = clock.now.plusSeconds(59);
        assertEquals(Optional.of(true), common.get("P tag vip"));
        clock.now = clock.now.plusSeconds(1);
        assertEquals(Optional.empty(), common.get("P tag vip"), "a minute old: found out again");
        assertEquals(Optional.empty(), common.get("P tag vip"));
    }

    @Test
    void theLeastRecentlyAskedGoFirst() {
        Remembered<Long> totals = new Remembered<>(new Hands(), Duration.ofMinutes(1), 2);
        totals.put("a", 1L);
        totals.put("b", 2L);
        totals.get("a");
        totals.put("c", 3L);
        assertEquals(Optional.of(1L), totals.get("a"));
        assertEquals(Optional.empty(), totals.get("b"), "the least recently asked is let go");
        assertEquals(Optional.of(3L), totals.get("c"));
    }

    @Test
    void aWalksFirstChunkIsWhatTheLastShareSaysFillsThePage() {
        assertEquals(204, ListPages.firstChunk(51, Optional.empty()), "nothing known: four pages");
        assertEquals(612, ListPages.firstChunk(51, Optional.of(0.1)), "a tenth meets it: ten pages and a fifth");
        assertEquals(62, ListPages.firstChunk(51, Optional.of(1.0)), "everyone meets it: the page and a fifth");
        assertEquals(4_000, ListPages.firstChunk(51, Optional.of(0.0001)), "a rare one: at most a chunk's limit");
    }
}
