package org.rapport.platform.security.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.rapport.platform.api.security.FirstStartAdminPassword;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the shipped distribution an admin login for the Karaf shell (bin/client, ssh) without a
 * default password: on the first start, user {@code admin} is created with the first-start admin password
 * ({@link FirstStartAdminPassword}: {@code RAPPORT_ADMIN_PASSWORD}, or a random one printed once to the console
 * and the log, the same one the identity module gives its {@code admin} user). Only a hash is stored.
 */
@Component(immediate = true)
public class FirstStartAdminAccount {

    private static final Logger LOG = LoggerFactory.getLogger(FirstStartAdminAccount.class);

    @Activate
    void activate(BundleContext context) throws IOException {
        String etc = context.getProperty("karaf.etc");
        if (etc == null) {
            LOG.warn("karaf.etc is not set; no admin account for the Karaf shell was created");
            return;
        }
        Path users = Paths.get(etc, "users.properties");
        KarafUsersFile file = new KarafUsersFile(users);
        if (file.hasUser(KarafUsersFile.ADMIN)) {
            return;
        }
        FirstStartAdminPassword.Choice choice = FirstStartAdminPassword.choose();
        file.addAdmin(choice.password());
        if (choice.announce()) {
            String notice = FirstStartAdminPassword.notice(choice.password());
            System.out.println(notice);
            LOG.warn("Rapport first start: created the Karaf shell user 'admin'");
            notice.lines().forEach(LOG::warn); // line by line: the log would show line breaks as \n
        } else if (choice.source() == FirstStartAdminPassword.Source.GENERATED) {
            LOG.info("Rapport first start: created the Karaf shell user 'admin' with the generated admin password"
                    + " printed above");
        } else {
            LOG.info("Rapport first start: created the Karaf shell user 'admin' with the password from {}",
                    choice.source() == FirstStartAdminPassword.Source.ENVIRONMENT
                            ? FirstStartAdminPassword.ENVIRONMENT_VARIABLE
                            : FirstStartAdminPassword.SYSTEM_PROPERTY);
        }
    }
}
