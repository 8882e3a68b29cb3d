package org.rapport.platform.api.security;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Checks credentials. Provided by the identity module; the web platform, the UI's login page and the admin shell
 * use it. Failed attempts count towards the account's lockout; every outcome is logged and audited.
 */
@ProviderType
public interface Authenticator {

    /** A username and password, as typed on a login page or sent to {@code POST /api/auth/token}. */
    AuthenticationResult authenticate(String username, char[] password, Channel channel);

    /** The caller a bearer token stands for, while it is valid (not expired, not revoked, user active). */
    Optional<Caller> callerForToken(String token);

    /** A fresh caller for a user who is signed in already (roles or permissions may have changed since). */
    Optional<Caller> refresh(Caller caller);
}
