package org.rapport.platform.web.internal;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.rapport.platform.api.security.Authenticator;
import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.security.Channel;
import org.rapport.platform.api.security.CurrentCaller;
import org.rapport.platform.api.security.PublicEndpoint;
import org.rapport.platform.api.security.RequiresPermission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Every {@code /api} request passes here before its resource runs: the one place REST access is decided, so no
 * module can forget it. Anonymous requests are refused (401) unless the resource says {@link PublicEndpoint};
 * a {@link RequiresPermission} the caller lacks is refused (403); the caller is put on the thread
 * ({@link CurrentCaller}) for the services the resource calls. Without the identity module nobody can be
 * authenticated, so everything that is not public answers 503: closed, never open.
 */
@Component(service = {ContainerRequestFilter.class, ContainerResponseFilter.class})
@JakartarsExtension
@JakartarsName("rapport-authentication")
@JakartarsApplicationSelect(RapportRestApplication.SELECT)
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthentication implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ApiAuthentication.class);
    static final String CHALLENGE = "Bearer realm=\"rapport\"";
    private static final String BEARER = "Bearer ";

    private final ApiCallers callers;

    @Context
    private ResourceInfo resource;

    @Activate
    public ApiAuthentication(@Reference ApiCallers callers) {
        this.callers = callers;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        CurrentCaller.clear();
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        boolean open = annotated(method, type, PublicEndpoint.class).isPresent();
        String presented = bearerToken(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        Optional<Authenticator> authenticator = callers.authenticator();
        if (authenticator.isEmpty()) {
            if (!open) {
                request.abortWith(Problems.response(503, "Service Unavailable",
                        "Sign-in is not available right now (the identity module is not running).", null, null));
            }
            return;
        }
        Optional<Caller> caller = presented == null ? Optional.empty()
                : authenticator.get().callerForToken(presented).map(found -> found.via(Channel.REST));
        if (caller.isEmpty()) {
            if (!open) {
                request.abortWith(unauthorized(presented != null));
            }
            return;
        }
        Optional<RequiresPermission> needed = annotated(method, type, RequiresPermission.class);
        if (needed.isPresent() && !caller.get().has(needed.get().value())) {
            LOG.info("{} was refused {} {}: lacks permission {}", caller.get().username(), request.getMethod(),
                    request.getUriInfo().getPath(), needed.get().value());
            request.abortWith(Problems.response(403, "Forbidden",
                    "You do not have the permission " + needed.get().value() + " that this needs.", null, null));
            return;
        }
        CurrentCaller.set(caller.get());
        request.setSecurityContext(new CallerSecurityContext(caller.get(), request.getSecurityContext()));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        CurrentCaller.clear();
    }

    private static Response unauthorized(boolean tokenPresented) {
        Response problem = Problems.response(401, "Unauthorized", tokenPresented
                ? "The access token is not valid (expired, revoked, or the account is locked). Sign in again."
                : "Sign in first: send Authorization: Bearer <token> (POST /api/auth/token gives one).", null, null);
        return Response.fromResponse(problem)
                .header(HttpHeaders.WWW_AUTHENTICATE, tokenPresented ? CHALLENGE + ", error=\"invalid_token\"" : CHALLENGE)
                .build();
    }

    static String bearerToken(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = authorization.substring(BEARER.length()).strip();
        return token.isEmpty() ? null : token;
    }

    /** The annotation on the method, else on its class. */
    static <A extends java.lang.annotation.Annotation> Optional<A> annotated(Method method, Class<?> type,
            Class<A> annotation) {
        for (AnnotatedElement element : new AnnotatedElement[] {method, type}) {
            if (element != null && element.isAnnotationPresent(annotation)) {
                return Optional.of(element.getAnnotation(annotation));
            }
        }
        return Optional.empty();
    }
}
