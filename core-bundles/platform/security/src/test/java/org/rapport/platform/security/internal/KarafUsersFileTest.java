package org.rapport.platform.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.platform.api.security.FirstStartAdminPassword;

class KarafUsersFileTest {

    @TempDir
    Path dir;

    @Test
    void commentedOutUsersDoNotCount() throws Exception {
        Path users = dir.resolve("users.properties");
        Files.writeString(users, "#karaf = karaf,_g_:admingroup\n#admin = x\n");
        assertFalse(new KarafUsersFile(users).hasUser("admin"));
        assertFalse(new KarafUsersFile(users).hasUser("karaf"));
    }

    @Test
    void addedAdminIsFoundAndOnlyTheHashIsStored() throws Exception {
        Path users = dir.resolve("users.properties");
        Files.writeString(users, "# header\n");
        KarafUsersFile file = new KarafUsersFile(users);
        file.addAdmin("s3cret-Pass");
        assertTrue(file.hasUser("admin"));
        String content = Files.readString(users);
        assertFalse(content.contains("s3cret-Pass"));
        assertTrue(content.contains(Passwords.karafHash("s3cret-Pass") + ",admin,"));
    }

    @Test
    void hashIsKarafsSha256HexFormat() {
        // printf 'secret' | sha256sum
        assertEquals("{CRYPT}2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25b{CRYPT}",
                Passwords.karafHash("secret"));
    }

    @Test
    void aGeneratedFirstStartPasswordIsSharedAndAnnouncedOnce() {
        Assumptions.assumeTrue(System.getenv(FirstStartAdminPassword.ENVIRONMENT_VARIABLE) == null
                && System.getProperty(FirstStartAdminPassword.SYSTEM_PROPERTY) == null,
                "the admin password is set in this environment, so none is generated");
        FirstStartAdminPassword.Choice shell = FirstStartAdminPassword.choose();
        FirstStartAdminPassword.Choice identity = FirstStartAdminPassword.choose();
        assertEquals(FirstStartAdminPassword.Source.GENERATED, shell.source());
        assertEquals(20, shell.password().length());
        assertEquals(shell.password(), identity.password(), "the shell and Rapport's admin must get the same password");
        assertTrue(shell.announce());
        assertFalse(identity.announce(), "printed twice");
        assertTrue(FirstStartAdminPassword.notice(shell.password())
                .contains("Rapport admin user 'admin' password: " + shell.password()));
        assertFalse(shell.toString().contains(shell.password()));
    }
}
