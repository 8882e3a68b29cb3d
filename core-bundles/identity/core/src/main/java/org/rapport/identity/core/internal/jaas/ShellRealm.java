package org.rapport.identity.core.internal.jaas;

import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.api.security.Authenticator;

/**
 * Karaf's shell and ssh ({@code karaf} JAAS realm) sign in with Rapport's users: same passwords, same lockout,
 * audited, and only users with the role {@code admin}. Ranked above Karaf's own realm while identity runs; until
 * then (early boot, identity stopped) Karaf's realm with the first-start admin still lets an administrator in.
 */
@Component(service = JaasRealm.class)
public final class ShellRealm implements JaasRealm {

    static final String REALM = "karaf";
    private final long bundleId;

    @Activate
    public ShellRealm(BundleContext context, @Reference Authenticator authenticator) {
        this.bundleId = context.getBundle().getBundleId();
    }

    @Override
    public String getName() {
        return REALM;
    }

    @Override
    public int getRank() {
        return 1;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        Map<String, Object> options = Map.of(
                ProxyLoginModule.PROPERTY_MODULE, ShellLoginModule.class.getName(),
                ProxyLoginModule.PROPERTY_BUNDLE, String.valueOf(bundleId));
        return new AppConfigurationEntry[] {new AppConfigurationEntry(ProxyLoginModule.class.getName(),
                AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, options)};
    }
}
