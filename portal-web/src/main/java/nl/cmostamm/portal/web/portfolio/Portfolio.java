package nl.cmostamm.portal.web.portfolio;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.initiative.Initiative;
import nl.cmostamm.portal.initiative.InitiativeStatus;
import nl.cmostamm.portal.initiative.Province;
import nl.cmostamm.portal.portfolio.PortfolioFilter;
import nl.cmostamm.portal.portfolio.PortfolioService;
import nl.cmostamm.portal.portfolio.PortfolioSort;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The portfolio table: lazy, paged and sorted in the database, narrowed by the filter fields above
 * it. Active initiatives are shown by default; the status filter shows archived ones too.
 */
@Named
@ViewScoped
public class Portfolio implements Serializable {

    @EJB
    PortfolioService portfolio;

    private String text;
    private String municipality;
    private Province province;
    private InitiativeStatus status = InitiativeStatus.ACTIVE;
    private List<String> municipalities;

    private final LazyDataModel<Initiative> initiatives = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) portfolio.count(filter());
        }

        @Override
        public List<Initiative> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            PortfolioSort column = sort == null ? PortfolioSort.NAME : PortfolioSort.of(sort.getField());
            boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
            return portfolio.page(filter(), column, ascending, first, pageSize);
        }

        @Override
        public String getRowKey(Initiative initiative) {
            return String.valueOf(initiative.getId());
        }
    };

    @PostConstruct
    void init() {
        municipalities = portfolio.municipalities();
    }

    private PortfolioFilter filter() {
        return new PortfolioFilter(text, municipality, province, status);
    }

    public LazyDataModel<Initiative> getInitiatives() {
        return initiatives;
    }

    public List<String> getMunicipalities() {
        return municipalities;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public Province getProvince() {
        return province;
    }

    public void setProvince(Province province) {
        this.province = province;
    }

    public InitiativeStatus getStatus() {
        return status;
    }

    public void setStatus(InitiativeStatus status) {
        this.status = status;
    }
}
