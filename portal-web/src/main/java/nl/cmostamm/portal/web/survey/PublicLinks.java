package nl.cmostamm.portal.web.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.cmostamm.portal.shared.PortalConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The absolute public addresses the portal hands out: a survey link, as printed on flyers and
 * encoded in QR codes, and a published fact sheet's link.
 */
@Named
@ApplicationScoped
public class PublicLinks {

    /** The path under the portal where public survey links live. */
    static final String SURVEY_PATH = "/s/";

    /** The path under the portal where published fact sheets live. */
    public static final String FACT_SHEET_PATH = "/feitenblad/";

    @Inject
    @ConfigProperty(name = PortalConfig.BASE_URL, defaultValue = "http://localhost:8080")
    String baseUrl;

    public String survey(String token) {
        return baseUrl.replaceAll("/+$", "") + SURVEY_PATH + token;
    }

    /** The short address of the join page, to read out: {@code …/doe-mee}. */
    public String workshops() {
        return baseUrl.replaceAll("/+$", "") + "/doe-mee";
    }

    /** The short address with the session's code: what the workshop's QR code holds. */
    public String workshop(String code) {
        return workshops() + "/" + code;
    }

    public String factSheet(String token) {
        return baseUrl.replaceAll("/+$", "") + FACT_SHEET_PATH + token;
    }
}
