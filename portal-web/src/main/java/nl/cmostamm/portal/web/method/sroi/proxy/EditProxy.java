package nl.cmostamm.portal.web.method.sroi.proxy;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.cmostamm.portal.method.sroi.proxy.OutcomeType;
import nl.cmostamm.portal.method.sroi.proxy.PriceYear;
import nl.cmostamm.portal.method.sroi.proxy.ProxyChange;
import nl.cmostamm.portal.method.sroi.proxy.ProxyForm;
import nl.cmostamm.portal.method.sroi.proxy.ProxyLibrary;
import nl.cmostamm.portal.method.sroi.proxy.SroiProxy;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import org.omnifaces.util.Messages;

/**
 * Adding or editing one proxy of the library ({@code ?id=}, none for a new one), retiring it and
 * taking it back into use; advisors and admins only (the page is closed to others in web.xml, the
 * service refuses them as well). The form keeps the version it was opened with, so a save after
 * another advisor's is a conflict. Below the form, the proxy's history.
 */
@Named
@ViewScoped
public class EditProxy implements Serializable {

    @EJB
    ProxyLibrary library;

    private ProxyForm form;
    private List<ProxyChange> history = List.of();
    private final int thisYear = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();

    @PostConstruct
    void load() {
        Long id = Navigation.idParameter("id");
        form = library.form(id);
        if (id != null) {
            history = library.history(id);
        }
    }

    public void save() {
        boolean created = form.isNew();
        SroiProxy saved = ServiceCall.attempt("proxy", () -> library.save(form));
        if (saved != null) {
            Messages.addFlashGlobalInfo(Texts.text(created ? "proxy.created" : "proxy.saved", saved.getName()));
            Navigation.redirect("/app/proxies/proxies.xhtml");
        }
    }

    public void retire() {
        if (ServiceCall.run("proxy", () -> library.retire(form.getId(), form.getVersion()))) {
            Messages.addFlashGlobalInfo(Texts.text("proxy.retired", form.getName()));
            Navigation.redirect("/app/proxies/proxy.xhtml?id=" + form.getId());
        }
    }

    public void reactivate() {
        if (ServiceCall.run("proxy", () -> library.reactivate(form.getId(), form.getVersion()))) {
            Messages.addFlashGlobalInfo(Texts.text("proxy.reactivated", form.getName()));
            Navigation.redirect("/app/proxies/proxy.xhtml?id=" + form.getId());
        }
    }

    /** Whether the price year in the form lies more than five years back. */
    public boolean isOutdated() {
        return form.getPriceYear() != null
                && PriceYear.isOlderThanFiveYears(form.getPriceYear(), LocalDate.of(thisYear, 1, 1));
    }

    public ProxyForm getForm() {
        return form;
    }

    public List<ProxyChange> getHistory() {
        return history;
    }

    public OutcomeType[] getOutcomeTypes() {
        return OutcomeType.values();
    }

    public int getFirstYear() {
        return PriceYear.FIRST;
    }

    public int getLastYear() {
        return PriceYear.LAST;
    }
}
