package nl.cmostamm.portal.web.method.sroi.proxy;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.method.sroi.proxy.OutcomeType;
import nl.cmostamm.portal.method.sroi.proxy.ProxyFilter;
import nl.cmostamm.portal.method.sroi.proxy.ProxyLibrary;
import nl.cmostamm.portal.method.sroi.proxy.ProxySort;
import nl.cmostamm.portal.method.sroi.proxy.SroiProxy;
import nl.cmostamm.portal.web.security.ActiveUser;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The proxy library as a table: lazy, paged and sorted in the database, narrowed by free text and
 * an outcome type. Everyone who is signed in reads it; advisors and admins also see retired
 * proxies when they ask, and the buttons to add and edit. A price more than five years old is
 * marked, measured against today in the Netherlands, once per view.
 */
@Named
@ViewScoped
public class ProxyLibraryPage implements Serializable {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    @EJB
    ProxyLibrary library;

    @Inject
    ActiveUser activeUser;

    private final LocalDate today = LocalDate.now(NETHERLANDS);
    private String text;
    private OutcomeType outcome;
    private boolean withRetired;

    private final LazyDataModel<SroiProxy> proxies = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) library.count(filter());
        }

        @Override
        public List<SroiProxy> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            ProxySort column = sort == null ? ProxySort.NAME : ProxySort.of(sort.getField());
            boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
            return library.page(filter(), column, ascending, first, pageSize);
        }

        @Override
        public String getRowKey(SroiProxy proxy) {
            return String.valueOf(proxy.getId());
        }
    };

    private ProxyFilter filter() {
        return new ProxyFilter(text, outcome, withRetired && activeUser.isStaff());
    }

    /** Whether the proxy's price is more than five years old today. */
    public boolean outdated(SroiProxy proxy) {
        return proxy.isOlderThanFiveYears(today);
    }

    public LazyDataModel<SroiProxy> getProxies() {
        return proxies;
    }

    public OutcomeType[] getOutcomeTypes() {
        return OutcomeType.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public OutcomeType getOutcome() {
        return outcome;
    }

    public void setOutcome(OutcomeType outcome) {
        this.outcome = outcome;
    }

    public boolean isWithRetired() {
        return withRetired;
    }

    public void setWithRetired(boolean withRetired) {
        this.withRetired = withRetired;
    }
}
