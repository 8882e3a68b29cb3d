package org.rapport.ui.shell.internal.access;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpSession;

/**
 * The signed-in UI sessions of this node, so a user can see theirs and end the ones they do not recognise. A
 * session is listed from its first signed-in request and forgotten when it ends.
 */
public final class UiSessions {

    /** One session as its owner sees it; {@code current} marks the one asking. */
    public record Entry(String id, String username, Instant signedInAt, Instant lastSeen, boolean current) {
    }

    private record Known(HttpSession session, String username, Instant signedInAt) {
    }

    private final Map<String, Known> sessions = new ConcurrentHashMap<>();

    public void seen(HttpSession session, String username, Instant signedInAt) {
        sessions.putIfAbsent(session.getId(), new Known(session, username, signedInAt));
    }

    public List<Entry> of(String username, String currentId) {
        forgetEnded();
        return sessions.entrySet().stream().filter(known -> known.getValue().username().equals(username))
                .map(known -> new Entry(known.getKey(), username, known.getValue().signedInAt(),
                        lastSeen(known.getValue().session()), known.getKey().equals(currentId)))
                .sorted(Comparator.comparing(Entry::lastSeen).reversed()).toList();
    }

    /** Ends one of the user's own sessions; false if there is no such session of theirs. */
    public boolean end(String username, String id) {
        Known known = sessions.get(id);
        if (known == null || !known.username().equals(username)) {
            return false;
        }
        sessions.remove(id);
        try {
            known.session().invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // ended meanwhile: the same outcome
        }
        return true;
    }

    /** Ends every session of the user's except the one asking; returns how many were ended. */
    public int endOthers(String username, String currentId) {
        int ended = 0;
        for (Entry entry : of(username, currentId)) {
            if (!entry.current() && end(username, entry.id())) {
                ended++;
            }
        }
        return ended;
    }

    private void forgetEnded() {
        sessions.entrySet().removeIf(known -> lastSeen(known.getValue().session()) == null);
    }

    private static Instant lastSeen(HttpSession session) {
        try {
            return Instant.ofEpochMilli(session.getLastAccessedTime());
        } catch (IllegalStateException ended) {
            return null;
        }
    }
}
