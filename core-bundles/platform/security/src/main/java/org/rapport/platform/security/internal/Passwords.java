package org.rapport.platform.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The hash format Karaf's JAAS realm verifies (see etc/org.apache.karaf.jaas.cfg). */
final class Passwords {

    private Passwords() {
    }

    /** {@code {CRYPT}<hex SHA-256>{CRYPT}}: Karaf's basic encryption with algorithm SHA-256, hexadecimal. */
    static String karafHash(String password) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
            return "{CRYPT}" + HexFormat.of().formatHex(digest) + "{CRYPT}";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
