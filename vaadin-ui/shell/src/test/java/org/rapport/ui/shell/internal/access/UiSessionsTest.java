package org.rapport.ui.shell.internal.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jakarta.servlet.http.HttpSession;

class UiSessionsTest {

    private final Set<String> invalidated = new HashSet<>();
    private final UiSessions sessions = new UiSessions();

    @Test
    void endingTheOthersLeavesTheCurrentSessionAndOtherUsersAlone() {
        sessions.seen(session("mine-1"), "admin", Instant.now());
        sessions.seen(session("mine-2"), "admin", Instant.now());
        sessions.seen(session("current"), "admin", Instant.now());
        sessions.seen(session("theirs"), "sara", Instant.now());

        assertEquals(2, sessions.endOthers("admin", "current"));

        assertEquals(Set.of("mine-1", "mine-2"), invalidated);
        assertEquals(1, sessions.of("admin", "current").size());
        assertTrue(sessions.of("admin", "current").get(0).current());
        assertEquals(1, sessions.of("sara", "x").size());
        assertEquals(0, sessions.endOthers("admin", "current"));
    }

    @Test
    void aUserCannotEndSomeoneElsesSession() {
        sessions.seen(session("theirs"), "sara", Instant.now());

        assertFalse(sessions.end("admin", "theirs"));
        assertTrue(invalidated.isEmpty());
        assertTrue(sessions.end("sara", "theirs"));
        assertEquals(Set.of("theirs"), invalidated);
    }

    @Test
    void aSessionEndedElsewhereIsForgotten() {
        sessions.seen(session("mine"), "admin", Instant.now());
        invalidated.add("mine");

        assertTrue(sessions.of("admin", "current").isEmpty());
    }

    private HttpSession session(String id) {
        return (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { HttpSession.class },
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getId" -> id;
                    case "invalidate" -> {
                        if (!invalidated.add(id)) {
                            throw new IllegalStateException("already invalidated");
                        }
                        yield null;
                    }
                    case "getLastAccessedTime" -> {
                        if (invalidated.contains(id)) {
                            throw new IllegalStateException("invalidated");
                        }
                        yield System.currentTimeMillis();
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
