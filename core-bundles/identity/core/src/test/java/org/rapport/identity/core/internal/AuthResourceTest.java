package org.rapport.identity.core.internal;

import org.rapport.platform.testing.ModuleTestPersistence;

import org.rapport.platform.testing.ModuleTestDatabase;

import org.rapport.platform.testing.TestClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.identity.api.NewRole;
import org.rapport.identity.api.NewUser;
import org.rapport.identity.api.UserView;
import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.security.CurrentCaller;
import org.rapport.platform.api.web.ApiProblem;

/** What API clients see of sign-in and token management (the resource on H2, without HTTP). */
class AuthResourceTest {

    private ModuleTestDatabase database;
    private final TestClock clock = new TestClock();
    private IdentityAccess access;
    private AuthResource resource;

    @BeforeEach
    void open() throws Exception {
        database = IdentityTestDatabase.h2();
        ModuleTestPersistence persistence = database.persistence();
        PasswordHasher hasher = new PasswordHasher(1_000);
        access = new IdentityAccess(persistence, hasher, new Callers(Set::of), clock, IdentitySettings.DEFAULTS);
        UserAdminService users = new UserAdminService(persistence, hasher, clock);
        RoleAdminService roles = new RoleAdminService(persistence);
        roles.create(new NewRole("sales", null, null));
        roles.grant("sales", "contacts.person.read");
        users.create(new NewUser("sam", "Sam", "sam@example.org", "en", null, null, "correct horse battery",
                List.of("sales")));
        resource = new AuthResource(access, users, clock);
    }

    @AfterEach
    void close() {
        CurrentCaller.clear();
        database.close();
    }

    @Test
    void theRightCredentialsGetASessionToken() {
        AuthResource.SessionToken token = resource.token(new AuthResource.Credentials("sam", "correct horse battery"));
        assertEquals("sam", access.callerForToken(token.token()).orElseThrow().username());
        assertEquals(clock.instant().plus(Duration.ofHours(12)), token.expiresAt());
    }

    @Test
    void wrongCredentialsAnswer401WithABearerChallengeWhoeverTheUser() {
        for (String user : new String[] {"sam", "nobody"}) {
            NotAuthorizedException refused = assertThrows(NotAuthorizedException.class,
                    () -> resource.token(new AuthResource.Credentials(user, "wrong password")));
            assertEquals(401, refused.getResponse().getStatus());
            assertEquals("Bearer realm=\"rapport\"", refused.getResponse().getHeaderString("WWW-Authenticate"));
        }
    }

    @Test
    void aMissingUsernameOrPasswordIsInvalid() {
        ApiProblem problem = assertThrows(ApiProblem.class, () -> resource.token(new AuthResource.Credentials(" ", null)));
        assertEquals(400, problem.status());
        assertEquals(2, problem.fieldErrors().size());
        assertThrows(ApiProblem.class, () -> resource.token(null));
    }

    @Test
    void aLockedAccountAnswers429WithTheSecondsUntilTheLockEnds() {
        for (int i = 0; i < IdentitySettings.DEFAULTS.lockoutThreshold() - 1; i++) {
            assertThrows(NotAuthorizedException.class, () -> resource.token(new AuthResource.Credentials("sam", "wrong password")));
        }
        WebApplicationException locked = assertThrows(WebApplicationException.class,
                () -> resource.token(new AuthResource.Credentials("sam", "wrong password")));
        assertEquals(429, locked.getResponse().getStatus());
        assertEquals("900", locked.getResponse().getHeaderString("Retry-After"));
        clock.advance(Duration.ofSeconds(299).plusMillis(500));
        WebApplicationException later = assertThrows(WebApplicationException.class,
                () -> resource.token(new AuthResource.Credentials("sam", "correct horse battery")));
        assertEquals("601", later.getResponse().getHeaderString("Retry-After"), "rounded up, never 0");
    }

    @Test
    void meDescribesTheCallerWithoutSecrets() {
        assertThrows(NotAuthorizedException.class, () -> resource.me(), "without a caller the resource fails closed");
        CurrentCaller.set(signIn());
        AuthResource.Me me = resource.me();
        assertEquals("sam", me.username());
        assertEquals("sam@example.org", me.email());
        assertEquals(List.of("sales"), me.roles());
        assertEquals(List.of("contacts.person.read"), me.permissions());
        assertFalse(Arrays.stream(UserView.class.getRecordComponents()).anyMatch(c -> c.getName().contains("password")));
        assertFalse(Arrays.stream(AuthResource.Me.class.getRecordComponents()).anyMatch(c -> c.getName().contains("password")));
    }

    @Test
    void personalTokensAreLimitedToTheCallersPermissionsAndAYear() {
        Caller sam = signIn();
        CurrentCaller.set(sam);
        String session = "Bearer " + access.issueSessionToken(sam).token();
        ApiProblem notHeld = assertThrows(ApiProblem.class, () -> resource.createToken(session,
                new AuthResource.NewToken("script", List.of("identity.user.write"), 30)));
        assertEquals("scopes", notHeld.fieldErrors().get(0).field());
        for (Integer days : new Integer[] {null, 0, 366}) {
            ApiProblem badLifetime = assertThrows(ApiProblem.class,
                    () -> resource.createToken(session, new AuthResource.NewToken("script", List.of(), days)));
            assertEquals("lifetimeDays", badLifetime.fieldErrors().get(0).field());
        }
        Response created = resource.createToken(session,
                new AuthResource.NewToken("script", List.of("contacts.person.read"), 365));
        assertEquals(201, created.getStatus());
        AuthResource.CreatedToken token = (AuthResource.CreatedToken) created.getEntity();
        assertEquals(1, resource.tokens(session).size());

        String personal = "Bearer " + token.token();
        assertThrows(ForbiddenException.class, () -> resource.createToken(personal,
                new AuthResource.NewToken("wider", List.of(), 30)), "a scoped token must not mint an unscoped one");
        assertEquals(204, resource.revokeToken(session, token.id()).getStatus());
        assertEquals(204, resource.revokeToken(session, token.id()).getStatus(), "revoking again changes nothing");
        assertEquals(404, assertThrows(ApiProblem.class, () -> resource.revokeToken(session, "no-such-id")).status());
        assertTrue(resource.tokens(session).isEmpty());
    }

    @Test
    void logoutRevokesThePresentedToken() {
        Caller sam = signIn();
        CurrentCaller.set(sam);
        String token = access.issueSessionToken(sam).token();
        assertEquals(204, resource.logout("Bearer " + token).getStatus());
        assertTrue(access.callerForToken(token).isEmpty());
    }

    private Caller signIn() {
        return access.callerForToken(resource.token(new AuthResource.Credentials("sam", "correct horse battery")).token())
                .orElseThrow();
    }
}
