package nl.cmostamm.portal.web.method.sroi;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.cmostamm.portal.goal.GoalService;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.method.sroi.ImpactMap;
import nl.cmostamm.portal.method.sroi.OutcomeEvidence;
import nl.cmostamm.portal.method.sroi.OutcomeForm;
import nl.cmostamm.portal.method.sroi.SroiStakeholder;
import nl.cmostamm.portal.method.sroi.proxy.ProxyFilter;
import nl.cmostamm.portal.method.sroi.proxy.ProxyLibrary;
import nl.cmostamm.portal.method.sroi.proxy.ProxySort;
import nl.cmostamm.portal.method.sroi.proxy.SroiProxy;
import nl.cmostamm.portal.shared.Input;
import nl.cmostamm.portal.survey.Question;
import nl.cmostamm.portal.web.shared.ActiveLocale;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.ServiceCall;

/**
 * One outcome of an analysis ({@code ?analysis=&id=}): for whom, how it is known, how much and how
 * long, its financial proxy (picked from the library or the board's own, always with a source), and
 * deadweight, displacement, attribution and drop-off, each with the reason.
 */
@Named
@ViewScoped
public class EditSroiOutcome extends MapPartPage {

    /** How many proxies one search shows: enough to choose from, few enough to read. */
    static final int PICKS = 15;

    @EJB
    ProxyLibrary library;

    @EJB
    GoalService goals;

    @Inject
    ActiveLocale locale;

    private OutcomeForm form;
    private List<SroiStakeholder> stakeholders;
    private List<Indicator> indicators;
    private List<Question> questions;
    private String proxyQuery;
    private List<SroiProxy> proxies = List.of();
    private boolean searched;
    private ImpactMap.OutputFigure indicatorFigure;

    @PostConstruct
    void load() {
        var map = openMap();
        form = sroi.outcomeForm(getAnalysisId(), Navigation.idParameter("id"));
        stakeholders = map.stakeholders();
        if (form.isNew() && !stakeholders.isEmpty()) {
            Long stakeholder = Navigation.idParameter("stakeholder");
            form.setStakeholderId(
                    stakeholder != null ? stakeholder : stakeholders.get(0).getId());
        }
        indicators = goals.indicatorChoices();
        questions = sroi.questionChoices();
        indicatorChanged();
    }

    /** What the chosen indicator measured in the analysis' period, shown beside the quantity. */
    public void indicatorChanged() {
        indicatorFigure = form.getEvidence() == OutcomeEvidence.INDICATOR && form.getIndicatorId() != null
                ? sroi.indicatorInPeriod(getAnalysisId(), form.getIndicatorId())
                : null;
    }

    /** Takes the indicator's sum in the period as the quantity: measured once, never typed twice. */
    public void takeTotal() {
        if (indicatorFigure != null && indicatorFigure.total() != null) {
            form.setQuantity(indicatorFigure.total());
        }
    }

    /** Takes the indicator's latest measurement in the period as the quantity. */
    public void takeLatest() {
        if (indicatorFigure != null && indicatorFigure.latest() != null) {
            form.setQuantity(indicatorFigure.latest());
        }
    }

    public ImpactMap.OutputFigure getIndicatorFigure() {
        return indicatorFigure;
    }

    /** Looks the typed words up in the knowledge centre's proxy library. */
    public void searchProxies() {
        proxies = library.page(
                new ProxyFilter(Input.blankToNull(proxyQuery), null, false), ProxySort.NAME, true, 0, PICKS);
        searched = true;
    }

    /**
     * Copies a library proxy into the outcome: what it values and per what, its value, price year
     * and source, which stay the board's to change before saving.
     */
    public void useProxy(long proxyId) {
        SroiProxy proxy = library.find(proxyId);
        boolean english = locale.isEnglish() && proxy.getNameEn() != null;
        form.setProxyId(proxy.getId());
        form.setProxyDescription(Proxies.description(proxy, english));
        form.setProxyValue(proxy.getValue());
        form.setProxyPriceYear(proxy.getPriceYear());
        form.setProxySource(Proxies.source(proxy));
        proxies = List.of();
        searched = false;
    }

    public void save() {
        boolean created = form.isNew();
        if (ServiceCall.attempt("outcome", () -> sroi.saveOutcome(getAnalysisId(), analysisVersion(), form)) != null) {
            backToMap(created ? "sroi.outcome.created" : "sroi.outcome.saved");
        }
    }

    public void delete() {
        if (ServiceCall.run(
                "outcome",
                () -> sroi.deleteOutcome(getAnalysisId(), analysisVersion(), form.getId(), form.getVersion()))) {
            backToMap("sroi.outcome.deleted");
        }
    }

    public OutcomeForm getForm() {
        return form;
    }

    public List<SroiStakeholder> getStakeholders() {
        return stakeholders;
    }

    public OutcomeEvidence[] getEvidenceKinds() {
        return OutcomeEvidence.values();
    }

    public List<Indicator> getIndicators() {
        return indicators;
    }

    public List<Question> getQuestions() {
        return questions;
    }

    public String getProxyQuery() {
        return proxyQuery;
    }

    public void setProxyQuery(String proxyQuery) {
        this.proxyQuery = proxyQuery;
    }

    public List<SroiProxy> getProxies() {
        return proxies;
    }

    public boolean isSearched() {
        return searched;
    }

    /** A proxy priced more than five years ago is flagged: prices and insights move. */
    public boolean isOldPrice() {
        return form.getProxyPriceYear() != null && Proxies.old(form.getProxyPriceYear());
    }
}
