package org.rapport.identity.core.internal;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;

import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.security.CurrentCaller;

/**
 * The caller of a REST request. The platform's filter authenticates requests and enforces
 * {@code @RequiresPermission} before a resource runs; these checks repeat that, so the resources fail closed
 * should they ever run without it.
 */
final class Requests {

    static final String CHALLENGE = "Bearer realm=\"rapport\"";

    private Requests() {
    }

    static Caller caller() {
        return CurrentCaller.get().orElseThrow(() -> new NotAuthorizedException(CHALLENGE));
    }

    static Caller caller(String permission) {
        Caller caller = caller();
        if (!caller.has(permission)) {
            throw new ForbiddenException();
        }
        return caller;
    }

    /** The token of an {@code Authorization: Bearer …} header, or {@code null}. */
    static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).strip();
    }
}
