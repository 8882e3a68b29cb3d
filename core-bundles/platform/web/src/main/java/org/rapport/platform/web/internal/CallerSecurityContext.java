package org.rapport.platform.web.internal;

import java.security.Principal;

import org.rapport.platform.api.security.Caller;

import jakarta.ws.rs.core.SecurityContext;

/** The Jakarta REST view of an authenticated caller: its name, roles and the transport's security. */
final class CallerSecurityContext implements SecurityContext {

    private final Caller caller;
    private final boolean secure;

    CallerSecurityContext(Caller caller, SecurityContext transport) {
        this.caller = caller;
        this.secure = transport != null && transport.isSecure();
    }

    @Override
    public Principal getUserPrincipal() {
        return caller::username;
    }

    @Override
    public boolean isUserInRole(String role) {
        return caller.roles().contains(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return "Bearer";
    }
}
