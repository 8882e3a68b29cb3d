package org.rapport.ui.shell.internal.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.rapport.platform.api.security.Caller;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Who is signed in to the UI, kept in the container's HTTP session. Sessions follow OWASP ASVS V3: a new session id
 * at sign-in (so an id planted before sign-in is worthless), 30 minutes idle and 12 hours absolute, and sign-out
 * invalidates the session.
 */
public final class SignedIn {

    static final String CALLER = "rapport.ui.caller";
    static final String SINCE = "rapport.ui.signedInAt";
    public static final Duration IDLE = Duration.ofMinutes(30);
    public static final Duration ABSOLUTE = Duration.ofHours(12);

    private SignedIn() {
    }

    /** The signed-in caller of a request's session, unless the session is older than the absolute limit. */
    public static Optional<Caller> of(HttpServletRequest request, Instant now) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Object caller = session.getAttribute(CALLER);
        Object since = session.getAttribute(SINCE);
        if (!(caller instanceof Caller signedIn) || !(since instanceof Instant at)) {
            return Optional.empty();
        }
        if (expired(at, now)) {
            session.invalidate();
            return Optional.empty();
        }
        return Optional.of(signedIn);
    }

    static boolean expired(Instant signedInAt, Instant now) {
        return !now.isBefore(signedInAt.plus(ABSOLUTE));
    }

    /** Records a sign-in in a (new) session. */
    public static void start(HttpSession session, Caller caller, Instant now) {
        session.setAttribute(CALLER, caller);
        session.setAttribute(SINCE, now);
        session.setMaxInactiveInterval((int) IDLE.toSeconds());
    }

    /** When the session signed in, if it did. */
    public static Instant since(HttpSession session) {
        Object since = session.getAttribute(SINCE);
        return since instanceof Instant at ? at : null;
    }

    public static void update(HttpSession session, Caller caller) {
        session.setAttribute(CALLER, caller);
    }
}
