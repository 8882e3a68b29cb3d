package org.rapport.identity.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.rapport.identity.api.UserAdmin;
import org.rapport.identity.api.UserView;
import org.rapport.platform.api.security.AuthenticationResult;
import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.security.Channel;
import org.rapport.platform.api.security.PublicEndpoint;
import org.rapport.platform.api.security.Tokens.IssuedToken;
import org.rapport.platform.api.security.Tokens.TokenInfo;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

/** Sign-in for API clients, the signed-in user, their personal tokens, and logout. */
@Component(service = AuthResource.class)
@JakartarsResource
@JakartarsApplicationSelect("(osgi.jakartars.name=rapport)")
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    static final int MAX_LIFETIME_DAYS = 365;

    private final IdentityAccess access;
    private final UserAdmin users;
    private final Clock clock;

    @Activate
    public AuthResource(@Reference IdentityAccess access, @Reference UserAdmin users) {
        this(access, users, Clock.systemUTC());
    }

    AuthResource(IdentityAccess access, UserAdmin users, Clock clock) {
        this.access = access;
        this.users = users;
        this.clock = clock;
    }

    public record Credentials(String username, String password) {

        @Override
        public String toString() {
            return "Credentials[" + username + "]"; // never the password
        }
    }

    public record SessionToken(String token, Instant expiresAt) {
    }

    public record Me(long id, String username, String displayName, String email, String locale, String calendar,
            String timeZone, List<String> roles, List<String> permissions) {
    }

    public record NewToken(String label, List<String> scopes, Integer lifetimeDays) {
    }

    public record CreatedToken(String id, String token, String label, Set<String> scopes, Instant expiresAt) {
    }

    /**
     * A session token for a username and password. Wrong credentials (unknown user, wrong password, deactivated
     * account) all answer the same 401; a locked account answers 429 with Retry-After.
     */
    @POST
    @Path("token")
    @PublicEndpoint
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionToken token(Credentials credentials) {
        List<FieldError> errors = new ArrayList<>();
        if (credentials == null || credentials.username() == null || credentials.username().isBlank()) {
            errors.add(new FieldError("username", "must not be blank"));
        }
        if (credentials == null || credentials.password() == null || credentials.password().isEmpty()) {
            errors.add(new FieldError("password", "must not be blank"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid("Send {\"username\": …, \"password\": …}.", errors);
        }
        AuthenticationResult result = access.authenticate(credentials.username(), credentials.password().toCharArray(),
                Channel.REST);
        if (result instanceof AuthenticationResult.Success success) {
            IssuedToken issued = access.issueSessionToken(success.caller());
            return new SessionToken(issued.token(), issued.expiresAt());
        }
        AuthenticationResult.Failure failure = (AuthenticationResult.Failure) result;
        if (failure.reason() == AuthenticationResult.Reason.LOCKED && failure.lockedUntil().isPresent()) {
            throw new WebApplicationException(Response.status(429)
                    .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds(failure.lockedUntil().get())).build());
        }
        throw new NotAuthorizedException(Requests.CHALLENGE);
    }

    long retryAfterSeconds(Instant lockedUntil) {
        long millis = Duration.between(clock.instant(), lockedUntil).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }

    @GET
    @Path("me")
    public Me me() {
        Caller caller = Requests.caller();
        UserView user = users.user(caller.userId()).orElseThrow(() -> new NotAuthorizedException(Requests.CHALLENGE));
        return new Me(user.id(), caller.username(), caller.displayName(), user.email(), caller.locale().toLanguageTag(),
                user.calendar(), user.timeZone(), new ArrayList<>(new TreeSet<>(caller.roles())),
                new ArrayList<>(new TreeSet<>(caller.permissions())));
    }

    @GET
    @Path("tokens")
    public List<TokenInfo> tokens(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return access.personalTokens(tokenManager(authorization));
    }

    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createToken(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, NewToken request) {
        Caller caller = tokenManager(authorization);
        List<FieldError> errors = new ArrayList<>();
        String label = request == null ? null : request.label();
        if (label == null || label.isBlank()) {
            errors.add(new FieldError("label", "must not be blank: say what the token is for"));
        } else if (label.strip().length() > TokenStore.MAX_LABEL_LENGTH) {
            errors.add(new FieldError("label", "at most " + TokenStore.MAX_LABEL_LENGTH + " characters"));
        }
        Integer days = request == null ? null : request.lifetimeDays();
        if (days == null || days < 1 || days > MAX_LIFETIME_DAYS) {
            errors.add(new FieldError("lifetimeDays", "a number of days from 1 to " + MAX_LIFETIME_DAYS));
        }
        Set<String> scopes = new TreeSet<>(request == null || request.scopes() == null ? List.of() : request.scopes());
        for (String scope : scopes) {
            if (scope == null || !caller.has(scope)) {
                errors.add(new FieldError("scopes", "you do not hold '" + scope + "'; a token can only carry your own permissions"));
            }
        }
        if (String.join(" ", scopes).length() > 4000) {
            errors.add(new FieldError("scopes", "too many; leave them out for all of your permissions"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid("The token cannot be created as requested.", errors);
        }
        IssuedToken issued = access.issuePersonalToken(caller, label.strip(), scopes, Duration.ofDays(days));
        return Response.status(Response.Status.CREATED)
                .entity(new CreatedToken(issued.id(), issued.token(), label.strip(), scopes, issued.expiresAt())).build();
    }

    @DELETE
    @Path("tokens/{id}")
    public Response revokeToken(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id) {
        if (!access.revoke(tokenManager(authorization), id)) {
            throw ApiProblem.notFound("You have no token " + id + ".");
        }
        return Response.noContent().build();
    }

    /** Revokes the session token this request was made with. */
    @POST
    @Path("logout")
    public Response logout(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Requests.caller();
        String token = Requests.bearer(authorization);
        if (token != null) {
            access.revokePresented(token);
        }
        return Response.noContent().build();
    }

    /** Token management needs a sign-in: a personal token may hold fewer permissions than the user it mints for. */
    private Caller tokenManager(String authorization) {
        Caller caller = Requests.caller();
        String token = Requests.bearer(authorization);
        if (token != null && access.isPersonalToken(token)) {
            throw new ForbiddenException();
        }
        return caller;
    }
}
