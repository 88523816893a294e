package nl.cmostamm.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login on our own Faces page. The page calls {@code SecurityContext.authenticate}, the
 * {@link PortalIdentityStore} checks the password, and an unauthenticated request for a page
 * under {@code /app/} is sent to the login page and continued after login.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@ApplicationScoped
public class PortalSecurity {
}
