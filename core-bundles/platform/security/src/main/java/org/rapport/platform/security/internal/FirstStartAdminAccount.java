package org.rapport.platform.security.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the shipped distribution an admin login for the Karaf shell (bin/client, ssh) without a
 * default password: on the first start, user {@code admin} is created with the password from
 * {@code RAPPORT_ADMIN_PASSWORD}, or a random one printed once to the console and the log. Only a
 * hash is stored.
 */
@Component(immediate = true)
public class FirstStartAdminAccount {

    static final String PASSWORD_VARIABLE = "RAPPORT_ADMIN_PASSWORD";
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
        String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
        boolean generated = fromEnvironment == null || fromEnvironment.isBlank();
        String password = generated ? Passwords.random() : fromEnvironment;
        file.addAdmin(password);
        if (generated) {
            String notice = "Rapport first start: the Karaf shell user 'admin' has the password '" + password
                    + "'. It is shown only this once; set " + PASSWORD_VARIABLE + " before the first start to choose it.";
            System.out.println(notice);
            LOG.warn(notice);
        } else {
            LOG.info("Rapport first start: created the Karaf shell user 'admin' with the password from {}",
                    PASSWORD_VARIABLE);
        }
    }
}
