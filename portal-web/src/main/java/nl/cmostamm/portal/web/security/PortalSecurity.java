package nl.cmostamm.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Form login on our own Faces page: the page calls {@code SecurityContext.authenticate} with the
 * typed credential, the {@link PortalIdentityStore} checks it, and the session remembers the caller
 * ({@link AutoApplySession}). A page under {@code /app/} requested without a login is sent to the
 * login page; after logging in everybody lands on their home page.
 *
 * <p>Why not the standard {@code @CustomFormAuthenticationMechanismDefinition}: its "login to
 * continue" keeps a marker in the session from a login attempt until that attempt succeeds. After
 * one wrong password every later request for a protected page was taken as the continuation of
 * that attempt and answered with an empty page, for as long as the session lived. This mechanism
 * keeps no state between requests besides the authenticated caller.
 */
@AutoApplySession
@ApplicationScoped
public class PortalSecurity implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(credential));
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }
}
