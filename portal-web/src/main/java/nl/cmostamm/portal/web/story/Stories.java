package nl.cmostamm.portal.web.story;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.story.Story;
import nl.cmostamm.portal.story.StoryService;
import nl.cmostamm.portal.web.security.ActiveInitiative;
import nl.cmostamm.portal.web.shared.Downloads;
import nl.cmostamm.portal.web.shared.Texts;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * The stories list: only stories whose consent allows internal learning (titles and tags, no
 * text), the stories still waiting for consent, and the deliberate export for reports.
 */
@Named
@ViewScoped
public class Stories implements Serializable {

    @EJB
    StoryService stories;

    @Inject
    ActiveInitiative activeInitiative;

    private List<Story> awaiting;
    private boolean exportConfirmed;

    private final LazyDataModel<Story> list = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) stories.count();
        }

        @Override
        public List<Story> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return stories.list(first, pageSize);
        }
    };

    @PostConstruct
    void load() {
        awaiting = stories.awaitingConsent();
    }

    public StreamedContent exportForReports() {
        return Downloads.csv(stories.exportForReports(Texts::text), Downloads.dated("file.stories"));
    }

    public boolean isManager() {
        return activeInitiative.isManager();
    }

    public LazyDataModel<Story> getList() {
        return list;
    }

    public List<Story> getAwaiting() {
        return awaiting;
    }

    public boolean isExportConfirmed() {
        return exportConfirmed;
    }

    public void setExportConfirmed(boolean exportConfirmed) {
        this.exportConfirmed = exportConfirmed;
    }
}
