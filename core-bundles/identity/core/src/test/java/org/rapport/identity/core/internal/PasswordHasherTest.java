package org.rapport.identity.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void theHashDescribesItselfWithSchemeIterationsSaltAndHash() {
        String hash = hasher.hash("correct horse battery".toCharArray());
        String[] parts = hash.split("\\$");
        assertEquals(4, parts.length, hash);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals("1000", parts[1]);
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length, "salt bytes");
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length, "hash bytes");
    }

    @Test
    void productionUsesSixHundredThousandIterations() {
        assertEquals(600_000, PasswordHasher.PRODUCTION_ITERATIONS);
        assertEquals(600_000, new PasswordHasher().iterations());
    }

    @Test
    void theRightPasswordVerifiesAndAWrongOneDoesNot() {
        String hash = hasher.hash("correct horse battery".toCharArray());
        assertTrue(hasher.verify("correct horse battery".toCharArray(), hash));
        assertFalse(hasher.verify("correct horse batterY".toCharArray(), hash));
        assertFalse(hasher.verify("".toCharArray(), hash));
    }

    @Test
    void theSameTwiceGivesDifferentHashes() {
        assertNotEquals(hasher.hash("same password!".toCharArray()), hasher.hash("same password!".toCharArray()));
    }

    @Test
    void aHashMadeWithFewerIterationsVerifiesButNeedsARehash() {
        String weaker = new PasswordHasher(500).hash("correct horse battery".toCharArray());
        assertTrue(hasher.verify("correct horse battery".toCharArray(), weaker), "old hashes keep working");
        assertTrue(hasher.needsRehash(weaker));
        assertFalse(hasher.needsRehash(hasher.hash("x".toCharArray())));
        assertFalse(new PasswordHasher(500).needsRehash(hasher.hash("x".toCharArray())), "more is never less");
    }

    @Test
    void malformedOrMissingHashesNeverMatch() {
        for (String broken : new String[] {null, "", "plain", "pbkdf2-sha256$x$AAAA$AAAA", "md5$1000$AAAA$AAAA",
            "pbkdf2-sha256$1000$***$AAAA", "pbkdf2-sha256$0$AAAA$AAAA"}) {
            assertFalse(hasher.verify("anything".toCharArray(), broken), String.valueOf(broken));
            assertTrue(hasher.needsRehash(broken), String.valueOf(broken));
        }
    }
}
