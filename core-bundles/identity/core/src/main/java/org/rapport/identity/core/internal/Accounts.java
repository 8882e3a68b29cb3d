package org.rapport.identity.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

import org.rapport.platform.api.persistence.ModulePersistence;
import org.rapport.platform.api.security.AuthenticationResult;
import org.rapport.platform.api.security.AuthenticationResult.Failure;
import org.rapport.platform.api.security.AuthenticationResult.Reason;
import org.rapport.platform.api.security.AuthenticationResult.Success;
import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.security.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Password sign-in with lockout. The expensive hash check runs outside any transaction; the counter of failed
 * attempts is updated in a short one (retried on a concurrent update, so parallel guesses all count).
 */
final class Accounts {

    private static final Logger LOG = LoggerFactory.getLogger(Accounts.class);
    /** Longer input is not a password anyone typed; refused after the same work as a wrong one. */
    static final int MAX_PASSWORD_LENGTH = 1024;

    private final ModulePersistence persistence;
    private final PasswordHasher hasher;
    private final Callers callers;
    private final Clock clock;
    private volatile IdentitySettings settings;

    Accounts(ModulePersistence persistence, PasswordHasher hasher, Callers callers, Clock clock,
            IdentitySettings settings) {
        this.persistence = persistence;
        this.hasher = hasher;
        this.callers = callers;
        this.clock = clock;
        this.settings = settings;
    }

    void settings(IdentitySettings changed) {
        this.settings = changed;
    }

    private record Snapshot(long id, String username, String hash, boolean active, Instant lockedUntil) {
    }

    AuthenticationResult authenticate(String username, char[] password, Channel channel) {
        if (username == null || username.isBlank() || password == null || password.length == 0
                || password.length > MAX_PASSWORD_LENGTH) {
            hasher.verifyDummy(password == null ? new char[0] : password);
            return new Failure(Reason.BAD_CREDENTIALS, Optional.empty());
        }
        Snapshot user = persistence.inTransaction(tx -> find(tx.entityManager(), username)
                .map(u -> new Snapshot(u.getId(), u.getUsername(), u.getPasswordHash(), u.isActive(), u.getLockedUntil()))
                .orElse(null));
        if (user == null) {
            hasher.verifyDummy(password);
            LOG.info("Sign-in failed ({}): no user '{}'", channel, LogSafe.text(username));
            return new Failure(Reason.BAD_CREDENTIALS, Optional.empty());
        }
        Instant now = clock.instant();
        if (user.lockedUntil() != null && user.lockedUntil().isAfter(now)) {
            LOG.info("Sign-in refused ({}): user '{}' is locked until {}", channel, user.username(), user.lockedUntil());
            return new Failure(Reason.LOCKED, Optional.of(user.lockedUntil()));
        }
        if (!hasher.verify(password, user.hash())) {
            return recordFailure(user, channel);
        }
        if (!user.active()) {
            LOG.info("Sign-in refused ({}): user '{}' is deactivated", channel, user.username());
            return new Failure(Reason.INACTIVE, Optional.empty());
        }
        String rehash = hasher.needsRehash(user.hash()) ? hasher.hash(password) : null;
        Caller caller = retrying(() -> persistence.inTransaction(tx -> {
            UserEntity entity = tx.entityManager().find(UserEntity.class, user.id());
            entity.setFailedAttempts(0);
            entity.setLockedUntil(null);
            if (rehash != null && user.hash().equals(entity.getPasswordHash())) {
                entity.setPasswordHash(rehash);
                LOG.info("Rehashed the password of user '{}' with {} iterations", user.username(), hasher.iterations());
            }
            return callers.caller(tx.entityManager(), entity, channel);
        }));
        LOG.debug("User '{}' signed in ({})", user.username(), channel);
        return new Success(caller);
    }

    private AuthenticationResult recordFailure(Snapshot user, Channel channel) {
        IdentitySettings current = settings;
        try {
            return countFailure(user, channel, current);
        } finally {
            // a lockout may have bumped the generation (a mere failure does not: guessing must not empty the memory)
            IdentityGeneration.changedHere();
        }
    }

    private AuthenticationResult countFailure(Snapshot user, Channel channel, IdentitySettings current) {
        return retrying(() -> persistence.inTransaction(tx -> {
            UserEntity entity = tx.entityManager().find(UserEntity.class, user.id());
            Instant now = clock.instant();
            if (entity.lockedAt(now)) {
                return new Failure(Reason.LOCKED, Optional.of(entity.getLockedUntil()));
            }
            int failures = entity.getFailedAttempts() + 1;
            if (failures >= current.lockoutThreshold()) {
                Instant until = now.plus(current.lockDuration());
                // the bump before the user's row changes: every identity change takes the generation's lock first,
                // so two of them never wait for each other's rows (a deadlock)
                IdentityGeneration.bump(tx.entityManager());
                entity.setFailedAttempts(0);
                entity.setLockedUntil(until);
                LOG.warn("Locked user '{}' until {} after {} failed sign-ins in a row (last one via {})",
                        entity.getUsername(), until, failures, channel);
                return new Failure(Reason.LOCKED, Optional.of(until));
            }
            entity.setFailedAttempts(failures);
            LOG.info("Sign-in failed ({}): wrong password for user '{}' ({} of {} before a lockout)", channel,
                    entity.getUsername(), failures, current.lockoutThreshold());
            return new Failure(Reason.BAD_CREDENTIALS, Optional.empty());
        }));
    }

    static Optional<UserEntity> find(EntityManager em, String username) {
        List<UserEntity> found = em.createQuery("select u from UserEntity u where u.usernameKey = :key", UserEntity.class)
                .setParameter("key", UserEntity.key(username)).getResultList();
        return found.stream().findFirst();
    }

    /** Several requests may update one user at once; the loser of an optimistic-lock race tries again. */
    static <T> T retrying(Supplier<T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return work.get();
            } catch (OptimisticLockException e) {
                if (attempt >= 5) {
                    throw e;
                }
            }
        }
    }
}
