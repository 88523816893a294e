package nl.cmostamm.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(PasswordHasher.MINIMUM_ITERATIONS);

    @Test
    void aHashVerifiesItsOwnPasswordAndNoOther() {
        String hash = hasher.hash("Noaberschap in Middelstum".toCharArray());

        assertTrue(hasher.verify("Noaberschap in Middelstum".toCharArray(), hash));
        assertFalse(hasher.verify("noaberschap in middelstum".toCharArray(), hash));
    }

    @Test
    void theHashCarriesAlgorithmIterationsAndARandomSalt() {
        String first = hasher.hash("zelfde wachtwoord".toCharArray());
        String second = hasher.hash("zelfde wachtwoord".toCharArray());

        assertTrue(first.startsWith("pbkdf2-sha256$600000$"), first);
        assertEquals(4, first.split("\\$").length);
        assertNotEquals(first, second, "two hashes of one password differ by their salt");
    }

    @Test
    void fewerThanSixHundredThousandIterationsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(100_000));
    }

    @Test
    void malformedOrForeignHashesNeverVerify() {
        assertFalse(hasher.verify("x".toCharArray(), null));
        assertFalse(hasher.verify("x".toCharArray(), "plain-text"));
        assertFalse(hasher.verify("x".toCharArray(), "bcrypt$10$abc$def"));
        assertFalse(hasher.verify("x".toCharArray(), "pbkdf2-sha256$600000$***$***"));
    }

    @Test
    void aHashWithFewerIterationsThanConfiguredNeedsARehash() {
        String stored = hasher.hash("wachtwoord".toCharArray());
        PasswordHasher stronger = new PasswordHasher(700_000);

        assertFalse(hasher.needsRehash(stored));
        assertTrue(stronger.needsRehash(stored));
        assertTrue(stronger.verify("wachtwoord".toCharArray(), stored), "old hashes stay verifiable");
    }
}
