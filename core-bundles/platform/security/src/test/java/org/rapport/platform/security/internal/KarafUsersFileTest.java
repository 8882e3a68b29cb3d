package org.rapport.platform.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void randomPasswordsAreLongAndDiffer() {
        String a = Passwords.random();
        assertEquals(20, a.length());
        assertNotEquals(a, Passwords.random());
    }
}
