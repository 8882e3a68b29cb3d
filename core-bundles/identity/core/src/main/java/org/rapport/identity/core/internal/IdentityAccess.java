package org.rapport.identity.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.rapport.platform.api.audit.AuditTrail;
import org.osgi.service.metatype.annotations.Designate;
import org.rapport.platform.api.persistence.ModulePersistence;
import org.rapport.platform.api.security.AuthenticationResult;
import org.rapport.platform.api.security.Authenticator;
import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.security.Channel;
import org.rapport.platform.api.security.Tokens;

/** The platform's {@link Authenticator} and {@link Tokens}, configured by {@code etc/org.rapport.identity.cfg}. */
@Component(service = {Authenticator.class, Tokens.class, IdentityAccess.class},
        configurationPid = IdentityConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = IdentityConfig.class)
public class IdentityAccess implements Authenticator, Tokens {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IdentityAccess.class);

    private final ModulePersistence persistence;
    private final Callers callers;
    private final Accounts accounts;
    private final TokenStore tokens;

    @Activate
    public IdentityAccess(@Reference(target = "(rapport.module=identity)") ModulePersistence persistence,
            @Reference PermissionCatalog catalog, IdentityConfig config) {
        this(persistence, new PasswordHasher(), new Callers(catalog::ids), Clock.systemUTC(), IdentitySettings.of(config));
    }

    IdentityAccess(ModulePersistence persistence, PasswordHasher hasher, Callers callers, Clock clock,
            IdentitySettings settings) {
        this.persistence = persistence;
        this.callers = callers;
        this.accounts = new Accounts(persistence, hasher, callers, clock, settings);
        this.tokens = new TokenStore(persistence, callers, clock, settings);
    }

    @Modified
    void modified(IdentityConfig config) {
        IdentitySettings settings = IdentitySettings.of(config);
        accounts.settings(settings);
        tokens.settings(settings);
    }

    @Override
    public AuthenticationResult authenticate(String username, char[] password, Channel channel) {
        AuthenticationResult result = accounts.authenticate(username, password, channel);
        record(username, channel, result);
        return result;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AuditTrail audit;

    /** Sign-ins and refusals go into the audit trail, with the name as typed (never the password). */
    private void record(String username, Channel channel, AuthenticationResult result) {
        AuditTrail trail = audit;
        if (trail == null) {
            return;
        }
        String operation = result instanceof AuthenticationResult.Success ? "SIGN_IN"
                : ((AuthenticationResult.Failure) result).reason() == AuthenticationResult.Reason.LOCKED
                        ? "SIGN_IN_REFUSED_LOCKED" : "SIGN_IN_FAILED";
        try {
            trail.record("identity", "identity.user", LogSafe.text(username), operation, "channel " + channel);
        } catch (RuntimeException e) {
            LOG.warn("The sign-in of {} could not be added to the audit trail", LogSafe.text(username), e);
        }
    }

    @Override
    public Optional<Caller> callerForToken(String token) {
        return tokens.callerForToken(token);
    }

    @Override
    public Optional<Caller> refresh(Caller caller) {
        return persistence.inTransaction(tx -> {
            UserEntity user = tx.entityManager().find(UserEntity.class, caller.userId());
            if (user == null || !user.isActive()) {
                return Optional.empty();
            }
            return Optional.of(callers.caller(tx.entityManager(), user, caller.channel()));
        });
    }

    @Override
    public IssuedToken issueSessionToken(Caller caller) {
        return tokens.issueSession(caller);
    }

    @Override
    public IssuedToken issuePersonalToken(Caller caller, String label, Set<String> scopes, Duration lifetime) {
        return tokens.issuePersonal(caller, label, scopes, lifetime);
    }

    @Override
    public List<TokenInfo> personalTokens(Caller caller) {
        return tokens.personalTokens(caller);
    }

    @Override
    public boolean revoke(Caller caller, String tokenId) {
        return tokens.revoke(caller, tokenId);
    }

    /** True for a personal token (which must not mint or revoke tokens: it may hold fewer permissions). */
    public boolean isPersonalToken(String token) {
        return tokens.kindOf(token).filter(kind -> kind == TokenEntity.Kind.PERSONAL).isPresent();
    }

    /** Logout: revokes the token the request was made with. */
    public boolean revokePresented(String token) {
        return tokens.revokePresented(token);
    }
}
