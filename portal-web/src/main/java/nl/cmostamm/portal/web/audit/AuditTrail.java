package nl.cmostamm.portal.web.audit;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.audit.AuditEntry;
import nl.cmostamm.portal.audit.AuditLog;
import nl.cmostamm.portal.shared.AccessDeniedException;
import nl.cmostamm.portal.web.security.ActiveInitiative;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The initiative's audit log, newest first, paged; for board admins and advisors. */
@Named
@ViewScoped
public class AuditTrail implements Serializable {

    @EJB
    AuditLog audit;

    @Inject
    ActiveInitiative activeInitiative;

    private final LazyDataModel<AuditEntry> entries = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) audit.count();
        }

        @Override
        public List<AuditEntry> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return audit.page(first, pageSize);
        }
    };

    @PostConstruct
    void check() {
        if (!activeInitiative.isManager()) {
            throw new AccessDeniedException("Only board admins and advisors read the audit log");
        }
    }

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    /** For Faces' date converter, which formats java.util.Date in the view's time zone. */
    public Date when(AuditEntry entry) {
        return Date.from(entry.getOccurredAt().toInstant());
    }
}
