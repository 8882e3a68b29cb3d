package org.rapport.identity.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.rapport.identity.core.internal.TokenEntity.Kind;
import org.rapport.platform.api.persistence.ModulePersistence;
import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.security.Channel;
import org.rapport.platform.api.security.Tokens.IssuedToken;
import org.rapport.platform.api.security.Tokens.TokenInfo;

/**
 * Bearer tokens: {@code rpt_} + 32 random bytes (base64url). Only their SHA-256 is stored, so a copy of the
 * database does not let anyone in. Session tokens expire after the configured lifetime and stop working when
 * unused for the idle timeout; personal tokens expire when their owner chose and may be limited to some of
 * the owner's permissions.
 */
final class TokenStore {

    static final String PREFIX = "rpt_";
    /** last_used_at is written at most this often per token: not one write per request. */
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    static final int MAX_LABEL_LENGTH = 200;
    /** Tokens whose callers are remembered at most (about 2 KB each): past that, all are forgotten at once. */
    static final int REMEMBERED_TOKENS = 10_000;
    private static final int SECRET_BYTES = 32;
    private static final int PUBLIC_ID_BYTES = 9;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ModulePersistence persistence;
    private final Callers callers;
    private final Clock clock;
    private volatile IdentitySettings settings;
    /** Callers per token hash, each valid for the generation it was looked up in. */
    private final GenerationMemory<String, RememberedToken> remembered = new GenerationMemory<>(REMEMBERED_TOKENS);

    TokenStore(ModulePersistence persistence, Callers callers, Clock clock, IdentitySettings settings) {
        this.persistence = persistence;
        this.callers = callers;
        this.clock = clock;
        this.settings = settings;
    }

    void settings(IdentitySettings changed) {
        this.settings = changed;
    }

    IssuedToken issueSession(Caller caller) {
        Instant now = now();
        return issue(caller.userId(), Kind.SESSION, null, Set.of(), now, now.plus(settings.sessionLifetime()));
    }

    IssuedToken issuePersonal(Caller caller, String label, Set<String> scopes, Duration lifetime) {
        if (label == null || label.isBlank() || label.strip().length() > MAX_LABEL_LENGTH) {
            throw new IllegalArgumentException("A personal token needs a label of 1 to " + MAX_LABEL_LENGTH + " characters.");
        }
        if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("A personal token needs a positive lifetime.");
        }
        Set<String> requested = scopes == null ? Set.of() : new TreeSet<>(scopes);
        Set<String> notHeld = requested.stream().filter(scope -> !caller.has(scope))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!notHeld.isEmpty()) {
            throw new IllegalArgumentException("A token can only carry permissions you hold; you do not hold "
                    + String.join(", ", notHeld) + ".");
        }
        Instant now = now();
        return issue(caller.userId(), Kind.PERSONAL, label.strip(), requested, now, now.plus(lifetime));
    }

    private IssuedToken issue(long userId, Kind kind, String label, Set<String> scopes, Instant now, Instant expires) {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Arrays.fill(secret, (byte) 0);
        byte[] id = new byte[PUBLIC_ID_BYTES];
        RANDOM.nextBytes(id);
        String publicId = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        persistence.inTransaction(tx -> {
            tx.entityManager().persist(new TokenEntity(publicId, userId, kind, hash(token), label,
                    String.join(" ", scopes), now, expires));
            return null;
        });
        return new IssuedToken(publicId, token, expires);
    }

    /** The database keeps milliseconds: what is returned is what is stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    List<TokenInfo> personalTokens(Caller caller) {
        return persistence.inTransaction(tx -> tx.entityManager().createQuery(
                "select t from TokenEntity t where t.userId = :user and t.kind = :kind and t.revokedAt is null"
                        + " order by t.createdAt, t.id", TokenEntity.class)
                .setParameter("user", caller.userId()).setParameter("kind", Kind.PERSONAL).getResultList().stream()
                .map(t -> new TokenInfo(t.getPublicId(), t.getLabel(), scopes(t), t.getCreatedAt(), t.getExpiresAt(),
                        t.getLastUsedAt()))
                .toList());
    }

    /** Revokes one of the caller's own tokens (of either kind) by its public id. */
    boolean revoke(Caller caller, String publicId) {
        if (publicId == null) {
            return false;
        }
        return IdentityGeneration.changing(persistence, tx -> tx.entityManager().createQuery(
                "select t from TokenEntity t where t.publicId = :id and t.userId = :user", TokenEntity.class)
                .setParameter("id", publicId).setParameter("user", caller.userId()).getResultList().stream()
                .findFirst().map(token -> revoke(token)).orElse(false));
    }

    /** Revokes the token presented with a request (logout); false when it is unknown. */
    boolean revokePresented(String token) {
        if (!wellFormed(token)) {
            return false;
        }
        String hash = hash(token);
        remembered.forget(hash);
        return IdentityGeneration.changing(persistence,
                tx -> findByHash(tx.entityManager(), hash).map(this::revoke).orElse(false));
    }

    /** The kind of a presented token, whatever its state: personal tokens may not manage tokens. */
    Optional<Kind> kindOf(String token) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        return persistence.inTransaction(tx -> findByHash(tx.entityManager(), hash(token)).map(TokenEntity::getKind));
    }

    /** Revokes every token of a user (deactivated, password changed by an admin), in a transaction that bumps the generation. */
    int revokeAll(EntityManager em, long userId) {
        return em.createQuery("update TokenEntity t set t.revokedAt = :now where t.userId = :user and t.revokedAt is null")
                .setParameter("now", clock.instant()).setParameter("user", userId).executeUpdate();
    }

    private boolean revoke(TokenEntity token) {
        if (token.getRevokedAt() == null) {
            token.setRevokedAt(clock.instant());
        }
        return true;
    }

    /**
     * The caller a token stands for. On a warm node this is one read of the identity generation: the caller is
     * remembered per token hash for as long as the generation stands, and only the token's times (expiry, idle
     * timeout) are checked in memory. Whatever memory would refuse is looked up again, since another node may have
     * used the token since (its last use is then newer in the database than here).
     */
    Optional<Caller> callerForToken(String token) {
        RequestGeneration.forget();
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        String hash = hash(token);
        long changesHere = IdentityGeneration.changesHere();
        long generation = IdentityGeneration.current(persistence);
        Set<String> contributed = callers.contributed();
        Instant now = clock.instant();
        RememberedToken known = remembered.get(hash, generation);
        Optional<Caller> caller;
        if (known != null && known.contributed().equals(contributed) && known.usable(now, settings.idleTimeout())) {
            if (known.touchDue(now)) {
                persistence.inTransaction(tx -> {
                    touch(tx.entityManager(), known.tokenId(), now);
                    return null;
                });
                known.used(now);
            }
            caller = Optional.of(known.caller());
        } else {
            caller = lookUp(hash, generation, contributed);
        }
        caller.ifPresent(found -> RequestGeneration.remember(persistence, found, generation, changesHere));
        return caller;
    }

    private Optional<Caller> lookUp(String hash, long generation, Set<String> contributed) {
        return persistence.inTransaction(tx -> {
            EntityManager em = tx.entityManager();
            TokenEntity found = findByHash(em, hash).orElse(null);
            Instant now = clock.instant();
            if (found == null || !usable(found, now)) {
                remembered.forget(hash);
                return Optional.empty();
            }
            UserEntity user = em.find(UserEntity.class, found.getUserId());
            if (user == null || !user.isActive() || user.lockedAt(now)) {
                remembered.forget(hash);
                return Optional.empty();
            }
            Instant lastUsed = found.getLastUsedAt() == null ? found.getCreatedAt() : found.getLastUsedAt();
            if (found.getLastUsedAt() == null || !now.isBefore(found.getLastUsedAt().plus(TOUCH_INTERVAL))) {
                touch(em, found.getId(), now);
                lastUsed = now;
            }
            Caller caller = callers.caller(em, user, Channel.REST);
            Set<String> scopes = scopes(found);
            if (found.getKind() == Kind.PERSONAL && !scopes.isEmpty()) {
                Set<String> allowed = caller.permissions().stream().filter(scopes::contains).collect(Collectors.toSet());
                caller = new Caller(caller.userId(), caller.username(), caller.displayName(), caller.locale(),
                        caller.roles(), allowed, caller.channel());
            }
            remembered.put(hash, generation, new RememberedToken(found.getId(), found.getKind(), found.getExpiresAt(),
                    lastUsed, caller, contributed));
            return Optional.of(caller);
        });
    }

    private boolean usable(TokenEntity token, Instant now) {
        if (token.getRevokedAt() != null || !now.isBefore(token.getExpiresAt())) {
            return false;
        }
        if (token.getKind() == Kind.SESSION) {
            Instant lastUsed = token.getLastUsedAt() == null ? token.getCreatedAt() : token.getLastUsedAt();
            return now.isBefore(lastUsed.plus(settings.idleTimeout()));
        }
        return true;
    }

    /** A bulk update, so concurrent requests with one token never conflict over the entity's version. */
    private static void touch(EntityManager em, long tokenId, Instant now) {
        em.createQuery("update TokenEntity t set t.lastUsedAt = :now where t.id = :id")
                .setParameter("now", now).setParameter("id", tokenId).executeUpdate();
    }

    private static Optional<TokenEntity> findByHash(EntityManager em, String hash) {
        return em.createQuery("select t from TokenEntity t where t.secretHash = :hash", TokenEntity.class)
                .setParameter("hash", hash).getResultList().stream().findFirst();
    }

    private static boolean wellFormed(String token) {
        return token != null && token.startsWith(PREFIX) && token.length() < 100;
    }

    static Set<String> scopes(TokenEntity token) {
        String scopes = token.getScopes();
        if (scopes == null || scopes.isBlank()) {
            return Set.of();
        }
        return new TreeSet<>(Arrays.asList(scopes.strip().split("\\s+")));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
