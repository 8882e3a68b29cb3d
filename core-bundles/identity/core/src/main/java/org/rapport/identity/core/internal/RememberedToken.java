package org.rapport.identity.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.rapport.identity.core.internal.TokenEntity.Kind;
import org.rapport.platform.api.security.Caller;

/**
 * What a node remembers of a usable token: the caller it stood for when looked up and the times that can end it
 * without any change being made (expiry, idle timeout). Everything else that ends it (revocation, a deactivated or
 * locked user, other roles) is a change that moves the identity generation.
 */
final class RememberedToken {

    private final long tokenId;
    private final Kind kind;
    private final Instant expiresAt;
    private final Caller caller;
    private final Set<String> contributed;
    /** The last use written to the database (by this node): written again once {@link TokenStore#TOUCH_INTERVAL} passed. */
    private volatile Instant lastUsed;

    /** @param contributed the permissions the running modules defined when looked up (an admin holds them all) */
    RememberedToken(long tokenId, Kind kind, Instant expiresAt, Instant lastUsed, Caller caller, Set<String> contributed) {
        this.tokenId = tokenId;
        this.kind = kind;
        this.expiresAt = expiresAt;
        this.lastUsed = lastUsed;
        this.caller = caller;
        this.contributed = Set.copyOf(contributed);
    }

    long tokenId() {
        return tokenId;
    }

    Caller caller() {
        return caller;
    }

    Set<String> contributed() {
        return contributed;
    }

    /** Not expired, and a session token not idle for {@code idleTimeout} (as far as this node knows). */
    boolean usable(Instant now, Duration idleTimeout) {
        if (!now.isBefore(expiresAt)) {
            return false;
        }
        return kind != Kind.SESSION || now.isBefore(lastUsed.plus(idleTimeout));
    }

    boolean touchDue(Instant now) {
        return !now.isBefore(lastUsed.plus(TokenStore.TOUCH_INTERVAL));
    }

    void used(Instant now) {
        lastUsed = now;
    }
}
