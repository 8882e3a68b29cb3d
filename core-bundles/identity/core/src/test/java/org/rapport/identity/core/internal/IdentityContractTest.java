package org.rapport.identity.core.internal;

import org.rapport.platform.testing.ModuleTestPersistence;

import org.rapport.platform.testing.ModuleTestDatabase;

import org.rapport.platform.testing.TestClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.identity.api.NewRole;
import org.rapport.identity.api.NewUser;
import org.rapport.identity.api.RoleAdmin;
import org.rapport.identity.api.TeamView;
import org.rapport.identity.api.UserChange;
import org.rapport.identity.api.UserView;
import org.rapport.platform.api.security.AuthenticationResult;
import org.rapport.platform.api.security.AuthenticationResult.Failure;
import org.rapport.platform.api.security.AuthenticationResult.Reason;
import org.rapport.platform.api.security.AuthenticationResult.Success;
import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.security.Channel;
import org.rapport.platform.api.security.FirstStartAdminPassword;
import org.rapport.platform.api.security.Tokens.IssuedToken;
import org.rapport.platform.api.web.ApiProblem;

/** Sign-in, lockout, tokens and roles on a real database; run on H2 and on MariaDB. */
abstract class IdentityContractTest {

    static final String PASSWORD = "correct horse battery";
    static final int LOCKOUT_AFTER = 3;

    ModuleTestDatabase database;
    ModuleTestPersistence persistence;
    final TestClock clock = new TestClock();
    final PasswordHasher hasher = new PasswordHasher(1_000);
    final Set<String> contributed = ConcurrentHashMap.newKeySet();
    IdentityAccess access;
    UserAdminService users;
    RoleAdminService roles;
    TeamAdminService teams;

    abstract ModuleTestDatabase openDatabase() throws Exception;

    @BeforeEach
    void open() throws Exception {
        database = openDatabase();
        persistence = database.persistence();
        contributed.addAll(Set.of("identity.user.read", "identity.user.write", "contacts.person.read"));
        IdentitySettings settings = new IdentitySettings(LOCKOUT_AFTER, Duration.ofMinutes(15), Duration.ofHours(12),
                Duration.ofMinutes(30));
        access = new IdentityAccess(persistence, hasher, new Callers(() -> Set.copyOf(contributed)), clock, settings);
        users = new UserAdminService(persistence, hasher, clock);
        roles = new RoleAdminService(persistence);
        teams = new TeamAdminService(persistence);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    UserView user(String username, String... roleNames) {
        return users.create(new NewUser(username, username + " Example", username + "@example.org", "fa-IR", "persian",
                "Asia/Tehran", PASSWORD, List.of(roleNames)));
    }

    AuthenticationResult signIn(String username, String password) {
        return access.authenticate(username, password.toCharArray(), Channel.REST);
    }

    Caller signedIn(String username) {
        return assertInstanceOf(Success.class, signIn(username, PASSWORD)).caller();
    }

    // --- sign-in and lockout

    @Test
    void theRightPasswordSignsInWithTheUsersDetails() {
        user("alice");
        Caller caller = signedIn("alice");
        assertEquals("alice", caller.username());
        assertEquals("alice Example", caller.displayName());
        assertEquals("fa-IR", caller.locale().toLanguageTag());
        assertEquals(Channel.REST, caller.channel());
    }

    @Test
    void anUnknownUserAndAWrongPasswordGetTheSameAnswer() {
        user("alice");
        Failure unknown = assertInstanceOf(Failure.class, signIn("nobody", PASSWORD));
        Failure wrong = assertInstanceOf(Failure.class, signIn("alice", "wrong password here"));
        assertEquals(new Failure(Reason.BAD_CREDENTIALS, Optional.empty()), unknown);
        assertEquals(unknown, wrong);
    }

    @Test
    void usernamesIgnoreCaseForSignInAndUniqueness() {
        user("Alice");
        assertEquals("Alice", signedIn("aLICE").username());
        ApiProblem taken = assertThrows(ApiProblem.class, () -> user("alice"));
        assertEquals(400, taken.status());
        assertEquals("username", taken.fieldErrors().get(0).field());
    }

    @Test
    void consecutiveFailuresLockTheAccountForTheConfiguredTime() {
        user("alice");
        assertEquals(Reason.BAD_CREDENTIALS, ((Failure) signIn("alice", "wrong password 1")).reason());
        assertEquals(Reason.BAD_CREDENTIALS, ((Failure) signIn("alice", "wrong password 2")).reason());
        Failure locked = assertInstanceOf(Failure.class, signIn("alice", "wrong password 3"));
        assertEquals(Reason.LOCKED, locked.reason());
        assertEquals(Optional.of(clock.instant().plus(Duration.ofMinutes(15))), locked.lockedUntil());

        clock.advance(Duration.ofMinutes(14));
        Failure stillLocked = assertInstanceOf(Failure.class, signIn("alice", PASSWORD));
        assertEquals(Reason.LOCKED, stillLocked.reason(), "the right password does not open a locked account");
        assertEquals(locked.lockedUntil(), stillLocked.lockedUntil());
        assertTrue(users.userByName("alice").orElseThrow().lockedUntil() != null);

        clock.advance(Duration.ofMinutes(1));
        signedIn("alice");
    }

    @Test
    void aSuccessResetsTheCountOfFailures() {
        user("alice");
        signIn("alice", "wrong password 1");
        signIn("alice", "wrong password 2");
        signedIn("alice");
        signIn("alice", "wrong password 3");
        signIn("alice", "wrong password 4");
        signedIn("alice");
    }

    @Test
    void unlockEndsALockout() {
        UserView alice = user("alice");
        for (int i = 0; i < LOCKOUT_AFTER; i++) {
            signIn("alice", "wrong password " + i);
        }
        assertEquals(Reason.LOCKED, ((Failure) signIn("alice", PASSWORD)).reason());
        users.unlock(alice.id());
        signedIn("alice");
    }

    @Test
    void aDeactivatedUserCannotSignInAndTheirTokensStopWorking() {
        UserView alice = user("alice");
        IssuedToken token = access.issueSessionToken(signedIn("alice"));
        users.deactivate(alice.id());
        assertEquals(Reason.INACTIVE, ((Failure) signIn("alice", PASSWORD)).reason());
        assertEquals(Reason.BAD_CREDENTIALS, ((Failure) signIn("alice", "wrong password")).reason());
        assertTrue(access.callerForToken(token.token()).isEmpty());
        assertTrue(access.refresh(signedInBefore(alice)).isEmpty());
    }

    private static Caller signedInBefore(UserView user) {
        return new Caller(user.id(), user.username(), null, null, Set.of(), Set.of(), Channel.UI);
    }

    @Test
    void aWeakerHashIsReplacedAtTheNextSuccessfulSignIn() throws Exception {
        new UserAdminService(persistence, new PasswordHasher(500), clock).create(
                new NewUser("old", null, null, null, null, null, PASSWORD, List.of()));
        assertTrue(storedHash("old").startsWith("pbkdf2-sha256$500$"));
        signIn("old", "wrong password");
        assertTrue(storedHash("old").startsWith("pbkdf2-sha256$500$"), "a failure must not rehash");
        signedIn("old");
        assertTrue(storedHash("old").startsWith("pbkdf2-sha256$1000$"), storedHash("old"));
        signedIn("old");
    }

    @Test
    void newPasswordsNeedTwelveCharacters() {
        ApiProblem tooShort = assertThrows(ApiProblem.class, () -> users.create(
                new NewUser("bob", null, null, null, null, null, "elevenchars", List.of())));
        assertEquals("password", tooShort.fieldErrors().get(0).field());
        assertTrue(tooShort.fieldErrors().get(0).message().contains("at least 12"), tooShort.fieldErrors().toString());
        UserView bob = users.create(new NewUser("bob", null, null, null, null, null, "twelve chars", List.of()));
        assertThrows(ApiProblem.class, () -> users.setPassword(bob.id(), "short".toCharArray()));
        users.setPassword(bob.id(), PASSWORD.toCharArray());
        signedIn("bob");
    }

    @Test
    void invalidDetailsAreReportedFieldByField() {
        ApiProblem problem = assertThrows(ApiProblem.class, () -> users.create(new NewUser("a b", null, "no-at-sign",
                "not a tag!", null, "Mars/Olympus", null, List.of())));
        assertEquals(Set.of("username", "email", "locale", "timeZone"),
                problem.fieldErrors().stream().map(e -> e.field()).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void anUpdateBasedOnAnOldVersionIsAConflict() {
        UserView alice = user("alice");
        UserView changed = users.update(alice.id(), new UserChange(alice.version(), "Alice A.", null, "en-GB", null, null, null));
        assertEquals("Alice A.", changed.displayName());
        assertEquals("en-GB", changed.locale());
        ApiProblem conflict = assertThrows(ApiProblem.class,
                () -> users.update(alice.id(), new UserChange(alice.version(), "Stale", null, null, null, null, null)));
        assertEquals(409, conflict.status());
    }

    // --- roles and permissions

    @Test
    void aRoleHoldsTheRolesBelowItAndTheirPermissions() {
        roles.create(new NewRole("director", "Director", null));
        roles.create(new NewRole("manager", "Sales manager", "director"));
        roles.create(new NewRole("sales", "Sales", "manager"));
        roles.grant("director", "reports.board.read");
        roles.grant("manager", "contacts.person.export");
        roles.grant("sales", "contacts.person.read");
        user("mia", "manager");
        user("sam", "sales");

        Caller mia = signedIn("mia");
        assertEquals(Set.of("manager", "sales"), mia.roles());
        assertEquals(Set.of("contacts.person.export", "contacts.person.read"), mia.permissions());
        Caller sam = signedIn("sam");
        assertEquals(Set.of("sales"), sam.roles());
        assertEquals(Set.of("contacts.person.read"), sam.permissions());
    }

    @Test
    void aRoleCannotBeMovedBelowItself() {
        roles.create(new NewRole("director", null, null));
        roles.create(new NewRole("manager", null, "director"));
        ApiProblem cycle = assertThrows(ApiProblem.class, () -> roles.setParent("director", "manager"));
        assertEquals("parent", cycle.fieldErrors().get(0).field());
        assertThrows(ApiProblem.class, () -> roles.setParent("director", "director"));
    }

    @Test
    void theAdminRoleHoldsEveryContributedPermissionAndEveryStoredGrant() {
        persistence.inTransaction(tx -> {
            tx.entityManager().persist(new RoleEntity(RoleAdmin.ADMIN_ROLE, "Administrator", null, true));
            return null;
        });
        roles.create(new NewRole("support", null, null));
        roles.grant("support", "tickets.ticket.close"); // a module that is not installed: kept as text
        user("root", "admin");
        Caller root = signedIn("root");
        assertEquals(Set.of("identity.user.read", "identity.user.write", "contacts.person.read", "tickets.ticket.close"),
                root.permissions());

        contributed.add("campaigns.campaign.send"); // a module installed later
        assertTrue(access.refresh(root).orElseThrow().has("campaigns.campaign.send"));
    }

    @Test
    void refreshSeesNewGrantsAndRevocations() {
        roles.create(new NewRole("sales", null, null));
        user("sam", "sales");
        Caller before = signedIn("sam");
        assertFalse(before.has("contacts.person.read"));
        roles.grant("sales", "contacts.person.read");
        Caller after = access.refresh(before).orElseThrow();
        assertTrue(after.has("contacts.person.read"));
        assertEquals(before.channel(), after.channel());
        roles.revoke("sales", "contacts.person.read");
        assertFalse(access.refresh(after).orElseThrow().has("contacts.person.read"));
    }

    @Test
    void grantsNeedAPermissionIdAndAnExistingRole() {
        roles.create(new NewRole("sales", null, null));
        assertEquals(400, assertThrows(ApiProblem.class, () -> roles.grant("sales", "Not An Id")).status());
        assertEquals(404, assertThrows(ApiProblem.class, () -> roles.grant("nobody", "contacts.person.read")).status());
        assertEquals(400, assertThrows(ApiProblem.class, () -> user("x", "no-such-role")).status());
    }

    // --- session tokens

    @Test
    void aSessionTokenStandsForItsUserUntilItExpires() {
        user("alice");
        IssuedToken token = access.issueSessionToken(signedIn("alice"));
        assertTrue(token.token().startsWith("rpt_"));
        assertEquals(clock.instant().plus(Duration.ofHours(12)), token.expiresAt());
        // Used every 20 minutes, it stays valid for 12 hours and not a moment longer.
        for (int i = 0; i < 35; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertEquals("alice", access.callerForToken(token.token()).orElseThrow().username(), "after " + i);
        }
        clock.advance(Duration.ofMinutes(20));
        assertTrue(access.callerForToken(token.token()).isEmpty(), "valid beyond its lifetime");
    }

    @Test
    void aSessionTokenUnusedForTheIdleTimeoutStopsWorking() {
        user("alice");
        IssuedToken token = access.issueSessionToken(signedIn("alice"));
        clock.advance(Duration.ofMinutes(29));
        assertTrue(access.callerForToken(token.token()).isPresent());
        clock.advance(Duration.ofMinutes(29));
        assertTrue(access.callerForToken(token.token()).isPresent(), "use restarts the idle window");
        clock.advance(Duration.ofMinutes(30));
        assertTrue(access.callerForToken(token.token()).isEmpty());
    }

    @Test
    void lastUseIsWrittenAtMostOnceAMinute() throws Exception {
        user("alice");
        IssuedToken token = access.issueSessionToken(signedIn("alice"));
        Instant issued = clock.instant();
        clock.advance(Duration.ofSeconds(30));
        access.callerForToken(token.token());
        assertEquals(issued, lastUsed(token));
        clock.advance(Duration.ofSeconds(31));
        access.callerForToken(token.token());
        assertEquals(clock.instant(), lastUsed(token));
    }

    @Test
    void revokedMalformedAndUnknownTokensStandForNobody() {
        user("alice");
        Caller alice = signedIn("alice");
        IssuedToken token = access.issueSessionToken(alice);
        assertTrue(access.revokePresented(token.token()));
        assertTrue(access.callerForToken(token.token()).isEmpty());
        for (String bad : new String[] {null, "", "rpt_", "rpt_unknown", token.token().substring(4), "x".repeat(500)}) {
            assertTrue(access.callerForToken(bad).isEmpty(), String.valueOf(bad));
        }
    }

    @Test
    void aLockedUsersTokensStopWorkingWhileTheLockLasts() {
        user("alice");
        IssuedToken token = access.issueSessionToken(signedIn("alice"));
        for (int i = 0; i < LOCKOUT_AFTER; i++) {
            signIn("alice", "wrong password " + i);
        }
        assertTrue(access.callerForToken(token.token()).isEmpty());
    }

    @Test
    void onlyTheHashOfATokenIsStored() throws Exception {
        user("alice");
        IssuedToken token = access.issueSessionToken(signedIn("alice"));
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT secret_hash, public_id FROM identity_token WHERE public_id = ?")) {
            select.setString(1, token.id());
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                assertEquals(TokenStore.hash(token.token()), row.getString(1));
                assertFalse(row.getString(1).contains(token.token().substring(4)));
            }
        }
    }

    // --- personal tokens

    @Test
    void aPersonalTokenCarriesOnlyItsScopes() {
        roles.create(new NewRole("sales", null, null));
        roles.grant("sales", "contacts.person.read");
        roles.grant("sales", "contacts.person.write");
        user("sam", "sales");
        Caller sam = signedIn("sam");
        IssuedToken narrow = access.issuePersonalToken(sam, "reporting script", Set.of("contacts.person.read"),
                Duration.ofDays(7));
        IssuedToken wide = access.issuePersonalToken(sam, "everything", Set.of(), Duration.ofDays(7));
        assertEquals(Set.of("contacts.person.read"), access.callerForToken(narrow.token()).orElseThrow().permissions());
        assertEquals(sam.permissions(), access.callerForToken(wide.token()).orElseThrow().permissions());

        roles.revoke("sales", "contacts.person.read");
        assertEquals(Set.of(), access.callerForToken(narrow.token()).orElseThrow().permissions(),
                "a scope is a limit, never a grant");

        IllegalArgumentException notHeld = assertThrows(IllegalArgumentException.class,
                () -> access.issuePersonalToken(sam, "x", Set.of("identity.user.write"), Duration.ofDays(1)));
        assertTrue(notHeld.getMessage().contains("identity.user.write"));
    }

    @Test
    void aPersonalTokenIgnoresTheIdleTimeoutAndExpiresWhenChosen() {
        user("sam");
        IssuedToken token = access.issuePersonalToken(signedIn("sam"), "nightly sync", Set.of(), Duration.ofDays(3));
        clock.advance(Duration.ofDays(2));
        assertTrue(access.callerForToken(token.token()).isPresent());
        clock.advance(Duration.ofDays(1));
        assertTrue(access.callerForToken(token.token()).isEmpty());
    }

    @Test
    void personalTokensAreListedAndRevokedByTheirOwnerOnly() {
        user("sam");
        user("eve");
        Caller sam = signedIn("sam");
        Caller eve = signedIn("eve");
        IssuedToken token = access.issuePersonalToken(sam, "sync", Set.of(), Duration.ofDays(3));
        access.issueSessionToken(sam);
        assertEquals(List.of("sync"), access.personalTokens(sam).stream().map(t -> t.label()).toList());
        assertEquals(token.id(), access.personalTokens(sam).get(0).id());
        assertTrue(access.personalTokens(eve).isEmpty());
        assertFalse(access.revoke(eve, token.id()), "someone else's token");
        assertTrue(access.callerForToken(token.token()).isPresent());
        assertTrue(access.revoke(sam, token.id()));
        assertTrue(access.callerForToken(token.token()).isEmpty());
        assertTrue(access.personalTokens(sam).isEmpty());
        assertTrue(access.isPersonalToken(token.token()));
    }

    // --- teams, first start

    @Test
    void teamsHaveMembers() {
        user("sam");
        user("mia");
        teams.create("north");
        teams.addMember("north", "sam");
        TeamView north = teams.addMember("north", "MIA");
        assertEquals(List.of("mia", "sam"), north.members());
        assertEquals(List.of("sam"), teams.removeMember("north", "mia").members());
        assertEquals(400, assertThrows(ApiProblem.class, () -> teams.create("north")).status());
    }

    @Test
    void theFirstStartCreatesTheAdminWithEveryPermission() {
        String before = System.getProperty(FirstStartAdminPassword.SYSTEM_PROPERTY);
        System.setProperty(FirstStartAdminPassword.SYSTEM_PROPERTY, "first start password");
        try {
            String expected = FirstStartAdminPassword.choose().password(); // the environment may set it instead
            new FirstStartAdmin(persistence, hasher, clock);
            Caller admin = signedIn2("admin", expected);
            assertEquals(Set.of("admin"), admin.roles());
            assertEquals(contributed, admin.permissions());
            new FirstStartAdmin(persistence, hasher, clock); // users exist: nothing happens
            assertEquals(1, users.users().size());
        } finally {
            if (before == null) {
                System.clearProperty(FirstStartAdminPassword.SYSTEM_PROPERTY);
            } else {
                System.setProperty(FirstStartAdminPassword.SYSTEM_PROPERTY, before);
            }
        }
    }

    private Caller signedIn2(String username, String password) {
        return assertInstanceOf(Success.class, signIn(username, password)).caller();
    }

    private String storedHash(String username) {
        return persistence.inTransaction(tx -> Accounts.find(tx.entityManager(), username).orElseThrow().getPasswordHash());
    }

    private Instant lastUsed(IssuedToken token) throws Exception {
        return persistence.inTransaction(tx -> tx.entityManager()
                .createQuery("select t.lastUsedAt from TokenEntity t where t.publicId = :id", Instant.class)
                .setParameter("id", token.id()).getSingleResult());
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
