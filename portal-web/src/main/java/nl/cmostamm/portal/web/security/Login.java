package nl.cmostamm.portal.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.security.AccountService;
import nl.cmostamm.portal.tenant.Tenancy;
import nl.cmostamm.portal.web.shared.ActiveLocale;
import nl.cmostamm.portal.web.shared.ClientAddress;
import nl.cmostamm.portal.web.shared.Texts;

/**
 * The login page. A failed login always gets the same message, whether the address is unknown,
 * the password wrong or the account paused after repeated failures (a pause that does not hold
 * for a browser that logged in to the account before, see {@link TrustedBrowser}); a network
 * address with too many failures over all accounts is told to wait ({@link LoginLimits}). A successful login gets a new
 * session id (against session fixation) and the user's own language.
 */
@Named
@RequestScoped
public class Login {

    @Inject
    SecurityContext securityContext;

    @Inject
    ActiveUser activeUser;

    @Inject
    ActiveInitiative activeInitiative;

    @Inject
    ActiveLocale activeLocale;

    @EJB
    AccountService accounts;

    @Inject
    TrustedBrowser browser;

    @Inject
    LoginLimits limits;

    @NotBlank
    @Size(max = 254)
    private String email;

    @NotBlank
    @Size(max = 128)
    private String password;

    public void submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (!limits.mayTry(ClientAddress.of(request))) {
            Texts.errorAt("login:password", "login.tooManyFromAddress");
            return;
        }
        browser.readFrom(request);
        AuthenticationStatus status = securityContext.authenticate(
                request,
                response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email, new Password(password)))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            // the mechanism is redirecting; the login continues in the next request
            faces.responseComplete();
            return;
        }
        if (status != AuthenticationStatus.SUCCESS || securityContext.getCallerPrincipal() == null) {
            limits.failed(ClientAddress.of(request));
            Texts.errorAt("login:password", "login.failed");
            return;
        }
        request.changeSessionId();
        browser.writeTo(request, response);
        // this request began anonymous: from here on it acts as the account the container just
        // authenticated (the tenancy filter closes the scope at the end of the request)
        Tenancy.open(new Tenancy.Scope(
                Long.valueOf(securityContext.getCallerPrincipal().getName()), null));
        Account account = accounts.signedIn();
        activeUser.signIn(account);
        activeInitiative.leave();
        activeLocale.loggedIn(account.getId(), account.getLanguage());
        external.redirect(external.getRequestContextPath() + "/app/home.xhtml");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
