package org.rapport.identity.core.internal;

import java.time.Clock;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.identity.api.RoleAdmin;
import org.rapport.identity.api.UserAdmin;
import org.rapport.platform.api.persistence.ModulePersistence;
import org.rapport.platform.api.security.FirstStartAdminPassword;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On a system without users: creates the role {@code admin} (every permission) and the user {@code admin} with the
 * first-start admin password ({@link FirstStartAdminPassword}: {@code RAPPORT_ADMIN_PASSWORD}, the system property
 * {@code rapport.admin.password}, or a random one, the same the Karaf shell's {@code admin} gets, printed once).
 */
@Component(immediate = true)
public class FirstStartAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(FirstStartAdmin.class);
    static final String ADMIN_USER = "admin";

    @Activate
    public FirstStartAdmin(@Reference(target = "(rapport.module=identity)") ModulePersistence persistence) {
        this(persistence, new PasswordHasher(), Clock.systemUTC());
    }

    FirstStartAdmin(ModulePersistence persistence, PasswordHasher hasher, Clock clock) {
        long users = persistence.inTransaction(tx -> tx.entityManager()
                .createQuery("select count(u) from UserEntity u", Long.class).getSingleResult());
        if (users > 0) {
            return;
        }
        FirstStartAdminPassword.Choice choice = FirstStartAdminPassword.choose();
        String hash = hasher.hash(choice.password().toCharArray());
        try {
            IdentityGeneration.changing(persistence, tx -> {
                EntityManager em = tx.entityManager();
                RoleEntity role = RoleAdminService.byName(em, RoleAdmin.ADMIN_ROLE);
                if (role == null) {
                    role = new RoleEntity(RoleAdmin.ADMIN_ROLE, "Administrator", null, true);
                    em.persist(role);
                }
                UserEntity admin = new UserEntity(ADMIN_USER, "Administrator", clock.instant());
                admin.setPasswordHash(hash);
                em.persist(admin);
                em.flush();
                em.persist(new UserRoleEntity(admin.getId(), role.getId()));
                return null;
            });
        } catch (PersistenceException e) {
            // Another node sharing the database created it a moment ago.
            LOG.info("First start: the admin user was not created here ({}); another node may have done it",
                    e.getMessage());
            return;
        }
        if (choice.announce()) {
            String notice = FirstStartAdminPassword.notice(choice.password());
            System.out.println(notice);
            LOG.warn("Rapport first start: created the user 'admin' with role 'admin'");
            notice.lines().forEach(LOG::warn); // line by line: the log would show line breaks as \n
        } else {
            LOG.info("Rapport first start: created the user 'admin' with role 'admin' and the password {}",
                    switch (choice.source()) {
                        case ENVIRONMENT -> "from " + FirstStartAdminPassword.ENVIRONMENT_VARIABLE;
                        case SYSTEM_PROPERTY -> "from the system property " + FirstStartAdminPassword.SYSTEM_PROPERTY;
                        case GENERATED -> "printed above for the Karaf shell";
                    });
        }
        if (choice.password().length() < UserAdmin.MIN_PASSWORD_LENGTH) {
            LOG.warn("The admin password is shorter than {} characters; change it with rapport:user-password admin",
                    UserAdmin.MIN_PASSWORD_LENGTH);
        }
    }
}
