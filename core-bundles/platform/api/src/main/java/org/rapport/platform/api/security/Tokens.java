package org.rapport.platform.api.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Bearer tokens for the REST API: short-lived ones from {@code POST /api/auth/token}, and personal API tokens a
 * user creates, scoped to some of their permissions, expiring, revocable. Only a hash of a token is stored; the
 * token itself is shown once.
 */
@ProviderType
public interface Tokens {

    /** A session token for a signed-in caller, valid for the configured lifetime. */
    IssuedToken issueSessionToken(Caller caller);

    /**
     * A personal token of the caller's, limited to {@code scopes} (a subset of their permissions; empty = all of
     * them at the time of each use).
     */
    IssuedToken issuePersonalToken(Caller caller, String label, Set<String> scopes, Duration lifetime);

    List<TokenInfo> personalTokens(Caller caller);

    /** Revokes one of the caller's own tokens; false if there is none with that id. */
    boolean revoke(Caller caller, String tokenId);

    /** @param token the secret, shown once; {@code id} identifies it later (list, revoke) */
    record IssuedToken(String id, String token, Instant expiresAt) {
    }

    record TokenInfo(String id, String label, Set<String> scopes, Instant createdAt, Instant expiresAt,
            Instant lastUsedAt) {
    }
}
