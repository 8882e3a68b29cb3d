package org.rapport.platform.security.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** Karaf's etc/users.properties: {@code user = password,role,role…}. */
final class KarafUsersFile {

    static final String ADMIN = "admin";
    static final String ADMIN_ROLES = "admin,manager,viewer,systembundles,ssh";

    private final Path path;

    KarafUsersFile(Path path) {
        this.path = path;
    }

    boolean hasUser(String user) throws IOException {
        if (!Files.exists(path)) {
            return false;
        }
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        return lines.stream()
                .map(String::strip)
                .filter(line -> !line.startsWith("#"))
                .anyMatch(line -> line.matches("\\Q" + user + "\\E\\s*[=:].*"));
    }

    void addAdmin(String password) throws IOException {
        String entry = System.lineSeparator() + ADMIN + " = " + Passwords.karafHash(password) + "," + ADMIN_ROLES
                + System.lineSeparator();
        Files.writeString(path, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
