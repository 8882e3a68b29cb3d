package org.rapport.identity.core.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 from the JDK. A stored hash describes itself,
 * {@code pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>}, so the work factor can be raised later: a hash
 * made with fewer iterations than configured {@link #needsRehash needs a rehash} at the next successful sign-in.
 */
final class PasswordHasher {

    /** OWASP's recommendation for PBKDF2-HMAC-SHA256 (2023). */
    static final int PRODUCTION_ITERATIONS = 600_000;
    static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;
    /** Verified for unknown usernames, so a wrong name costs as much time as a wrong password. */
    private final String dummyHash;

    PasswordHasher() {
        this(PRODUCTION_ITERATIONS);
    }

    /** @param iterations lower only in tests, to keep them fast */
    PasswordHasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.iterations = iterations;
        this.dummyHash = hash("not a real password".toCharArray());
    }

    int iterations() {
        return iterations;
    }

    String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, iterations, HASH_BYTES);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    /** Compares in constant time; a malformed or missing hash never matches. */
    boolean verify(char[] password, String stored) {
        Parsed parsed = Parsed.of(stored);
        if (parsed == null) {
            // Spend the same time as for a real hash: the caller must not learn that this one is unusable.
            verify(password, dummyHash);
            return false;
        }
        byte[] candidate = derive(password, parsed.salt, parsed.iterations, parsed.hash.length);
        return MessageDigest.isEqual(candidate, parsed.hash);
    }

    /** For unknown usernames: costs the same as {@link #verify} and always fails. */
    void verifyDummy(char[] password) {
        verify(password, dummyHash);
    }

    /** True when the stored hash was made with weaker parameters than this hasher's (or cannot be read). */
    boolean needsRehash(String stored) {
        Parsed parsed = Parsed.of(stored);
        return parsed == null || parsed.iterations < iterations || parsed.hash.length < HASH_BYTES;
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int length) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, length * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available in this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    private record Parsed(int iterations, byte[] salt, byte[] hash) {

        static Parsed of(String stored) {
            if (stored == null) {
                return null;
            }
            String[] parts = stored.split("\\$");
            if (parts.length != 4 || !parts[0].equals(SCHEME)) {
                return null;
            }
            try {
                int iterations = Integer.parseInt(parts[1]);
                byte[] salt = Base64.getDecoder().decode(parts[2]);
                byte[] hash = Base64.getDecoder().decode(parts[3]);
                if (iterations < 1 || salt.length == 0 || hash.length == 0) {
                    return null;
                }
                return new Parsed(iterations, salt, hash);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Parsed p && p.iterations == iterations && Arrays.equals(p.salt, salt)
                    && Arrays.equals(p.hash, hash);
        }

        @Override
        public int hashCode() {
            return 31 * iterations + Arrays.hashCode(hash);
        }

        @Override
        public String toString() {
            return "Parsed[" + iterations + "]";
        }
    }
}
