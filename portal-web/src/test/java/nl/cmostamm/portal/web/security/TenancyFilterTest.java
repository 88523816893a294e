package nl.cmostamm.portal.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TenancyFilterTest {

    @Test
    void theLogNeverShowsTheSecretOfASurveyLink() {
        String token = "Zm9vYmFyYmF6cXV1eGNvcmdlZ3JhdWx0Z2FycGx5d2Fs";
        assertEquals("/s/…", TenancyFilter.loggable("/s/" + token));
        assertEquals("/portal/s/…/qr.png", TenancyFilter.loggable("/portal/s/" + token + "/qr.png"));
        assertEquals("/portal/feitenblad/…", TenancyFilter.loggable("/portal/feitenblad/" + token + ".pdf"));
        assertEquals("/app/goal/goal-overview.xhtml", TenancyFilter.loggable("/app/goal/goal-overview.xhtml"));
    }
}
