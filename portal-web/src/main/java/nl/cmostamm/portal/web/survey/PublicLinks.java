package nl.cmostamm.portal.web.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.cmostamm.portal.shared.PortalConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The absolute public address of a survey link, as printed on flyers and encoded in QR codes. */
@Named
@ApplicationScoped
public class PublicLinks {

    /** The path under the portal where public survey links live. */
    static final String SURVEY_PATH = "/s/";

    @Inject
    @ConfigProperty(name = PortalConfig.BASE_URL, defaultValue = "http://localhost:8080")
    String baseUrl;

    public String survey(String token) {
        return baseUrl.replaceAll("/+$", "") + SURVEY_PATH + token;
    }
}
