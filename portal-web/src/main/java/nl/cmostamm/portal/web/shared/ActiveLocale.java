package nl.cmostamm.portal.web.shared;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Locale;
import nl.cmostamm.portal.security.AccountService;
import nl.cmostamm.portal.security.Language;
import nl.cmostamm.portal.tenant.Tenancy;

/**
 * The language of the pages: Dutch unless the user chose English. A logged-in user's choice (or
 * one made on the login page just before) is saved with their account and comes back at the next
 * login.
 */
@Named
@SessionScoped
public class ActiveLocale implements Serializable {

    @EJB
    AccountService accounts;

    private Language language = Language.NL;
    private boolean chosenBeforeLogin;

    public Locale getLocale() {
        return language.locale();
    }

    /**
     * The language of a request that Faces does not handle (a filter, a servlet): the session's
     * choice. A visitor without a session has chosen nothing yet and reads Dutch; asking must not
     * make a session for them, which a refused post would otherwise get for free.
     */
    public static Locale of(HttpServletRequest request) {
        if (request.getSession(false) == null) {
            return Language.NL.locale();
        }
        return CDI.current().select(ActiveLocale.class).get().getLocale();
    }

    public String getLanguageTag() {
        return language.code();
    }

    public boolean isEnglish() {
        return language == Language.EN;
    }

    /**
     * The language after logging in: a choice made on the login page wins and becomes the account's
     * preference; otherwise the account's saved preference applies.
     */
    public void loggedIn(long accountId, Language preferred) {
        if (chosenBeforeLogin && language != preferred) {
            Tenancy.with(new Tenancy.Scope(accountId, null), () -> {
                accounts.setLanguage(language);
                return null;
            });
        } else {
            language = preferred;
        }
        chosenBeforeLogin = false;
    }

    /** Switches language and reloads the current page in it. */
    public void switchTo(String code) {
        language = Language.of(code);
        if (Tenancy.current().accountId() != null) {
            accounts.setLanguage(language);
        } else {
            chosenBeforeLogin = true;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(language.locale());
    }

    /**
     * As {@link #switchTo}, then opens the same page again with the query string it was opened with
     * (posted back as {@code back} by the menu's form): an id in the address stays, and what a page
     * worked out once when it opened is written in the new language too.
     */
    public void switchAndReload(String code) throws java.io.IOException {
        switchTo(code);
        FacesContext context = FacesContext.getCurrentInstance();
        jakarta.faces.context.ExternalContext external = context.getExternalContext();
        String back = external.getRequestParameterMap().get("back");
        String query = back == null || back.isEmpty() || !back.matches("[A-Za-z0-9=&%._~+-]{1,500}") ? "" : "?" + back;
        external.redirect(
                external.getRequestContextPath() + context.getViewRoot().getViewId() + query);
    }
}
