package nl.cmostamm.portal.survey;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class PublicSurveysTest {

    @Test
    void onlyRandomKeysAsTheServerMakesThemAreSubmissionKeys() {
        for (int i = 0; i < 1000; i++) {
            assertTrue(PublicSurveys.isSubmissionKey(UUID.randomUUID().toString()));
        }
        assertFalse(PublicSurveys.isSubmissionKey("00000000-0000-0000-0000-000000000000"));
        assertFalse(PublicSurveys.isSubmissionKey("11111111-1111-1111-1111-111111111111"));
        assertFalse(PublicSurveys.isSubmissionKey(UUID.randomUUID().toString().toUpperCase()));
        assertFalse(PublicSurveys.isSubmissionKey(null));
    }
}
