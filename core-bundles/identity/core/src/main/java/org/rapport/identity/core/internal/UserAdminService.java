package org.rapport.identity.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.identity.api.NewUser;
import org.rapport.identity.api.UserAdmin;
import org.rapport.identity.api.UserChange;
import org.rapport.identity.api.UserView;
import org.rapport.platform.api.persistence.ModulePersistence;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component(service = UserAdmin.class)
public class UserAdminService implements UserAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(UserAdminService.class);

    private final ModulePersistence persistence;
    private final PasswordHasher hasher;
    private final Clock clock;

    @Activate
    public UserAdminService(@Reference(target = "(rapport.module=identity)") ModulePersistence persistence) {
        this(persistence, new PasswordHasher(), Clock.systemUTC());
    }

    UserAdminService(ModulePersistence persistence, PasswordHasher hasher, Clock clock) {
        this.persistence = persistence;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Override
    public List<UserView> users() {
        return persistence.inTransaction(tx -> {
            EntityManager em = tx.entityManager();
            Map<Long, List<String>> roles = directRoles(em);
            return em.createQuery("select u from UserEntity u order by u.usernameKey", UserEntity.class).getResultList()
                    .stream().map(u -> view(u, roles.getOrDefault(u.getId(), List.of()))).toList();
        });
    }

    @Override
    public Optional<UserView> user(long id) {
        return persistence.inTransaction(tx -> Optional.ofNullable(tx.entityManager().find(UserEntity.class, id))
                .map(u -> view(tx.entityManager(), u)));
    }

    @Override
    public Optional<UserView> userByName(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return persistence.inTransaction(tx -> Accounts.find(tx.entityManager(), username)
                .map(u -> view(tx.entityManager(), u)));
    }

    @Override
    public UserView create(NewUser user) {
        if (user == null) {
            throw ApiProblem.invalid("A user needs at least a username.", List.of());
        }
        Validation check = new Validation();
        String username = check.username("username", user.username());
        String displayName = check.text("displayName", user.displayName(), 200, false);
        String email = check.email("email", user.email());
        String locale = check.locale("locale", user.locale());
        String calendar = check.calendar("calendar", user.calendar());
        String timeZone = check.timeZone("timeZone", user.timeZone());
        char[] password = user.password() == null ? null : user.password().toCharArray();
        if (password != null) {
            check.newPassword("password", password);
        }
        check.throwIfInvalid("The user cannot be created as given.");
        // Hashing is slow on purpose: done before the transaction.
        String hash = password == null ? null : hasher.hash(password);
        List<String> roleNames = user.roles() == null ? List.of() : user.roles();
        UserView created = IdentityGeneration.changing(persistence, tx -> {
            EntityManager em = tx.entityManager();
            if (Accounts.find(em, username).isPresent()) {
                throw ApiProblem.invalid("The username is taken.",
                        List.of(new FieldError("username",
                                "'" + username + "' is taken (usernames ignore case)")));
            }
            UserEntity entity = new UserEntity(username, displayName == null ? username : displayName, clock.instant());
            entity.setEmail(email);
            entity.setLocale(locale);
            entity.setCalendar(calendar);
            entity.setTimeZone(timeZone);
            entity.setPasswordHash(hash);
            em.persist(entity);
            em.flush();
            replaceRoles(em, entity.getId(), roleNames);
            return view(em, entity);
        });
        LOG.info("Created user '{}'", created.username());
        return created;
    }

    @Override
    public UserView update(long id, UserChange change) {
        if (change == null) {
            throw ApiProblem.invalid("Nothing to change.", List.of());
        }
        Validation check = new Validation();
        String displayName = check.text("displayName", change.displayName(), 200, false);
        String email = check.email("email", change.email());
        String locale = check.locale("locale", change.locale());
        String calendar = check.calendar("calendar", change.calendar());
        String timeZone = check.timeZone("timeZone", change.timeZone());
        check.throwIfInvalid("The user cannot be changed as given.");
        return IdentityGeneration.changing(persistence, tx -> {
            UserEntity user = existing(tx.entityManager(), id);
            if (user.getVersion() != change.version()) {
                throw ApiProblem.conflict("User " + id + " was changed after you read it.", user.getVersion());
            }
            if (displayName != null) {
                user.setDisplayName(displayName);
            }
            if (change.email() != null) {
                user.setEmail(email);
            }
            if (change.locale() != null) {
                user.setLocale(locale);
            }
            if (change.calendar() != null) {
                user.setCalendar(calendar);
            }
            if (change.timeZone() != null) {
                user.setTimeZone(timeZone);
            }
            if (change.active() != null && change.active() != user.isActive()) {
                user.setActive(change.active());
                if (!change.active()) {
                    revokeTokens(tx.entityManager(), id);
                }
            }
            user.setUpdatedAt(clock.instant());
            tx.entityManager().flush();
            return view(tx.entityManager(), user);
        });
    }

    @Override
    public UserView deactivate(long id) {
        UserView user = IdentityGeneration.changing(persistence, tx -> {
            UserEntity entity = existing(tx.entityManager(), id);
            entity.setActive(false);
            entity.setUpdatedAt(clock.instant());
            revokeTokens(tx.entityManager(), id);
            tx.entityManager().flush();
            return view(tx.entityManager(), entity);
        });
        LOG.info("Deactivated user '{}'; their tokens are revoked", user.username());
        return user;
    }

    @Override
    public void setPassword(long id, char[] password) {
        Validation check = new Validation();
        check.newPassword("password", password);
        check.throwIfInvalid("The password cannot be used.");
        String hash = hasher.hash(password);
        String username = IdentityGeneration.changing(persistence, tx -> {
            UserEntity user = existing(tx.entityManager(), id);
            user.setPasswordHash(hash);
            user.setFailedAttempts(0);
            user.setLockedUntil(null);
            user.setUpdatedAt(clock.instant());
            return user.getUsername();
        });
        LOG.info("Set a new password for user '{}'", username);
    }

    @Override
    public UserView unlock(long id) {
        UserView user = IdentityGeneration.changing(persistence, tx -> {
            UserEntity entity = existing(tx.entityManager(), id);
            entity.setFailedAttempts(0);
            entity.setLockedUntil(null);
            entity.setUpdatedAt(clock.instant());
            tx.entityManager().flush();
            return view(tx.entityManager(), entity);
        });
        LOG.info("Unlocked user '{}'", user.username());
        return user;
    }

    @Override
    public UserView assignRoles(long id, List<String> roleNames) {
        return IdentityGeneration.changing(persistence, tx -> {
            UserEntity user = existing(tx.entityManager(), id);
            replaceRoles(tx.entityManager(), id, roleNames == null ? List.of() : roleNames);
            user.setUpdatedAt(clock.instant());
            tx.entityManager().flush();
            return view(tx.entityManager(), user);
        });
    }

    private void revokeTokens(EntityManager em, long userId) {
        em.createQuery("update TokenEntity t set t.revokedAt = :now where t.userId = :user and t.revokedAt is null")
                .setParameter("now", clock.instant()).setParameter("user", userId).executeUpdate();
    }

    private static void replaceRoles(EntityManager em, long userId, List<String> roleNames) {
        Set<String> wanted = new LinkedHashSet<>(roleNames);
        List<RoleEntity> roles = wanted.isEmpty() ? List.of()
                : em.createQuery("select r from RoleEntity r where r.name in :names", RoleEntity.class)
                        .setParameter("names", wanted).getResultList();
        Set<String> found = roles.stream().map(RoleEntity::getName).collect(Collectors.toSet());
        List<String> unknown = wanted.stream().filter(name -> !found.contains(name)).toList();
        if (!unknown.isEmpty()) {
            throw ApiProblem.invalid("Some roles do not exist.", List.of(new FieldError(
                    "roles", "no role named " + String.join(", ", unknown))));
        }
        em.createQuery("delete from UserRoleEntity r where r.userId = :user").setParameter("user", userId).executeUpdate();
        for (RoleEntity role : roles) {
            em.persist(new UserRoleEntity(userId, role.getId()));
        }
    }

    static UserEntity existing(EntityManager em, long id) {
        UserEntity user = em.find(UserEntity.class, id);
        if (user == null) {
            throw ApiProblem.notFound("There is no user " + id + ".");
        }
        return user;
    }

    private static Map<Long, List<String>> directRoles(EntityManager em) {
        Map<Long, String> names = em.createQuery("select r from RoleEntity r", RoleEntity.class).getResultList().stream()
                .collect(Collectors.toMap(RoleEntity::getId, RoleEntity::getName));
        return em.createQuery("select r from UserRoleEntity r", UserRoleEntity.class).getResultList().stream()
                .collect(Collectors.groupingBy(UserRoleEntity::getUserId,
                        Collectors.mapping(r -> names.get(r.getRoleId()), Collectors.toList())));
    }

    private UserView view(EntityManager em, UserEntity user) {
        List<String> roles = em.createQuery("select r.name from RoleEntity r, UserRoleEntity ur"
                + " where ur.roleId = r.id and ur.userId = :user order by r.name", String.class)
                .setParameter("user", user.getId()).getResultList();
        return view(user, roles);
    }

    private UserView view(UserEntity user, List<String> roles) {
        List<String> sorted = new ArrayList<>(roles);
        sorted.sort(null);
        Instant now = clock.instant();
        return new UserView(user.getId(), user.getVersion(), user.getUsername(), user.getDisplayName(), user.getEmail(),
                user.getLocale(), user.getCalendar(), user.getTimeZone(), user.isActive(),
                user.lockedAt(now) ? user.getLockedUntil() : null, sorted, user.getCreatedAt(), user.getUpdatedAt());
    }
}
