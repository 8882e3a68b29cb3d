package org.rapport.identity.core.internal.jaas;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.rapport.identity.api.RoleAdmin;
import org.rapport.platform.api.security.AuthenticationResult;
import org.rapport.platform.api.security.Authenticator;
import org.rapport.platform.api.security.Channel;

/**
 * Checks a shell sign-in with Rapport's {@link Authenticator} and, for a Rapport admin, grants the Karaf roles
 * the shell and its commands ask for.
 */
public final class ShellLoginModule implements LoginModule {

    /** What Karaf's shell, ssh and command ACLs require of an administrator. */
    static final List<String> KARAF_ROLES = List.of("admin", "manager", "viewer", "systembundles", "ssh");

    private Subject subject;
    private CallbackHandler callbacks;
    private String username;
    private final List<java.security.Principal> principals = new ArrayList<>();

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState,
            Map<String, ?> options) {
        this.subject = subject;
        this.callbacks = callbackHandler;
    }

    @Override
    public boolean login() throws LoginException {
        NameCallback name = new NameCallback("Username: ");
        PasswordCallback password = new PasswordCallback("Password: ", false);
        try {
            callbacks.handle(new Callback[] {name, password});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new LoginException("The shell could not ask for credentials: " + e.getMessage());
        }
        char[] secret = password.getPassword() == null ? new char[0] : password.getPassword();
        try {
            BundleContext context = FrameworkUtil.getBundle(ShellLoginModule.class).getBundleContext();
            ServiceReference<Authenticator> reference = context == null ? null
                    : context.getServiceReference(Authenticator.class);
            Authenticator authenticator = reference == null ? null : context.getService(reference);
            if (authenticator == null) {
                throw new LoginException("Rapport's identity module is not running");
            }
            try {
                AuthenticationResult result = authenticator.authenticate(name.getName(), secret, Channel.SHELL);
                if (!(result instanceof AuthenticationResult.Success success)
                        || !success.caller().roles().contains(RoleAdmin.ADMIN_ROLE)) {
                    throw new FailedLoginException("Wrong username or password, or not an administrator");
                }
                username = success.caller().username();
                return true;
            } finally {
                context.ungetService(reference);
            }
        } finally {
            Arrays.fill(secret, '\0');
            password.clearPassword();
        }
    }

    @Override
    public boolean commit() {
        if (username == null) {
            return false;
        }
        principals.add(new UserPrincipal(username));
        KARAF_ROLES.forEach(role -> principals.add(new RolePrincipal(role)));
        subject.getPrincipals().addAll(principals);
        return true;
    }

    @Override
    public boolean abort() {
        username = null;
        principals.clear();
        return true;
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(principals);
        principals.clear();
        username = null;
        return true;
    }
}
