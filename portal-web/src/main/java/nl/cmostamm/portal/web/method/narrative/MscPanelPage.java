package nl.cmostamm.portal.web.method.narrative;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.cmostamm.portal.method.narrative.MscPanel;
import nl.cmostamm.portal.method.narrative.MscRound;
import nl.cmostamm.portal.method.narrative.MscService;
import nl.cmostamm.portal.method.narrative.PanelForm;
import nl.cmostamm.portal.method.narrative.PanelView;
import nl.cmostamm.portal.method.narrative.SelectionForm;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import org.omnifaces.util.Messages;

/**
 * A panel's meeting ({@code ?id=}), or a new panel for a round ({@code ?round=}): who met when, at
 * which stage, and per domain the stories it chooses from with the choice and why. Each domain has
 * its own small form, so two panel members recording different domains do not get in each
 * other's way; the same domain saved twice is a conflict.
 */
@Named
@ViewScoped
public class MscPanelPage implements Serializable {

    @EJB
    MscService msc;

    private long roundId;
    private Long id;
    private PanelForm form;
    private PanelView view;
    private MscRound round;

    @PostConstruct
    void load() {
        id = Navigation.idParameter("id");
        if (id == null) {
            Long requested = Navigation.idParameter("round");
            if (requested == null) {
                throw new NotFoundException("MscPanel");
            }
            roundId = requested;
            form = msc.panelForm(roundId, null);
            round = msc.roundOf(roundId);
        } else {
            refresh();
        }
    }

    private void refresh() {
        view = msc.panel(id);
        roundId = view.panel().getRound().getId();
        form = msc.panelForm(roundId, id);
    }

    public void saveSettings() {
        boolean created = form.isNew();
        MscPanel saved = ServiceCall.attempt("panel", () -> msc.savePanel(roundId, form));
        if (saved != null) {
            Messages.addFlashGlobalInfo(Texts.text(created ? "msc.panel.created" : "msc.panel.saved"));
            Navigation.redirect("/app/method/msc-panel.xhtml?id=" + saved.getId());
        }
    }

    public void choose(SelectionForm choice) {
        if (ServiceCall.attempt("choices", () -> msc.choose(id, choice)) != null) {
            Texts.info("msc.choice.saved");
            refresh();
        }
    }

    public void withdraw(SelectionForm choice) {
        if (ServiceCall.run("choices", () -> msc.withdrawChoice(choice.getId(), choice.getVersion()))) {
            Texts.info("msc.choice.withdrawn");
            refresh();
        }
    }

    public void delete() {
        if (ServiceCall.run("panel", () -> msc.deletePanel(id, form.getVersion()))) {
            Messages.addFlashGlobalInfo(Texts.text("msc.panel.deleted"));
            Navigation.redirect("/app/method/msc-round.xhtml?id=" + roundId);
        }
    }

    public long getRoundId() {
        return roundId;
    }

    public String getRoundTitle() {
        return view == null ? round.getTitle() : view.panel().getRound().getTitle();
    }

    public boolean isClosed() {
        return view == null ? round.isClosed() : view.isClosed();
    }

    public PanelForm getForm() {
        return form;
    }

    public PanelView getView() {
        return view;
    }

    public int[] getStages() {
        int[] stages = new int[MscPanel.MAX_STAGE];
        for (int i = 0; i < stages.length; i++) {
            stages[i] = i + 1;
        }
        return stages;
    }
}
