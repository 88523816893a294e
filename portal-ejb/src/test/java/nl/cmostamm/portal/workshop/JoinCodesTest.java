package nl.cmostamm.portal.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Join codes as participants type them off a projector (lower case, a space or dash between the
 * groups) and as the presenter shows them; letters and digits that look alike are never part of one.
 */
class JoinCodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"KQ74MX", "kq74mx", "KQ7 4MX", "kq7-4mx", " Kq7 - 4mX ", "K Q 7 4 M X", "KQ7\t4MX"})
    void aCodeIsTakenAsShownInAnyCaseWithSpacesOrADash(String typed) {
        assertEquals(Optional.of("KQ74MX"), JoinCodes.normalise(typed));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "KQ74M", // too short
                "KQ74MXA", // too long
                "IQ74MX", // I looks like 1
                "OQ74MX", // O looks like 0
                "0Q74MX",
                "1Q74MX",
                "KQ7_4MX",
                "KQ7.4MX",
                "KQ7 4MX                ", // more than anyone types
                "ÉQ74MX"
            })
    void anythingElseCannotBeACode(String typed) {
        assertEquals(Optional.empty(), JoinCodes.normalise(typed));
    }

    @Test
    void aCodeIsShownInTwoGroupsOfThree() {
        assertEquals("ABC DEF", JoinCodes.display("ABCDEF"));
        assertEquals("KQ7 4MX", JoinCodes.display(JoinCodes.normalise("kq74mx").orElseThrow()));
    }

    @Test
    void aNewCodeHasSixCharactersFromTheAlphabetAndReadsBackAsItself() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String code = JoinCodes.newCode();
            assertEquals(JoinCodes.LENGTH, code.length(), code);
            assertTrue(code.chars().allMatch(c -> JoinCodes.ALPHABET.indexOf(c) >= 0), code);
            assertTrue(code.chars().noneMatch(c -> "IO01".indexOf(c) >= 0), code);
            assertEquals(Optional.of(code), JoinCodes.normalise(code));
            assertEquals(
                    Optional.of(code),
                    JoinCodes.normalise(JoinCodes.display(code).toLowerCase()));
            codes.add(code);
        }
        assertTrue(codes.size() > 490, "drawn at random, not repeated: " + codes.size());
    }
}
