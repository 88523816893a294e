package nl.cmostamm.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void shortPasswordsAreRefusedWithTheirOwnMessage() {
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.refusal("kort", "a@b.nl"));
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.refusal(null, "a@b.nl"));
    }

    @Test
    void theEmailAddressIsNoPassword() {
        assertEquals(Optional.of("password.isEmail"), PasswordPolicy.refusal("Bestuur@Smilde.nl", "bestuur@smilde.nl"));
    }

    @Test
    void absurdlyLongPasswordsAreRefused() {
        assertEquals(Optional.of("password.tooLong"), PasswordPolicy.refusal("x".repeat(129), "a@b.nl"));
    }

    @Test
    void aSentenceOfAFewWordsIsFine() {
        assertTrue(PasswordPolicy.refusal("het dorpshuis is open", "a@b.nl").isEmpty());
        assertTrue(PasswordPolicy.refusal("ëëëëëëëëëëëë", "a@b.nl").isEmpty(), "length counts characters, not bytes");
    }
}
