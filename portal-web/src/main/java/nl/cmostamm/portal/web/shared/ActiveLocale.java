package nl.cmostamm.portal.web.shared;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import nl.cmostamm.portal.security.AccountService;
import nl.cmostamm.portal.security.Language;
import nl.cmostamm.portal.tenant.Tenancy;

/**
 * The language of the pages: Dutch unless the user chose English. A logged-in user's choice is
 * saved with their account and comes back at the next login.
 */
@Named
@SessionScoped
public class ActiveLocale implements Serializable {

    @EJB
    AccountService accounts;

    private Language language = Language.NL;

    public Locale getLocale() {
        return language.locale();
    }

    public String getLanguageTag() {
        return language.code();
    }

    public boolean isEnglish() {
        return language == Language.EN;
    }

    public void use(Language language) {
        this.language = language;
    }

    /** Switches language and reloads the current page in it. */
    public void switchTo(String code) {
        language = Language.of(code);
        if (Tenancy.current().accountId() != null) {
            accounts.setLanguage(language);
        }
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(language.locale());
    }
}
