package nl.cmostamm.portal.web.method.narrative;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import nl.cmostamm.portal.method.narrative.MscRound;
import nl.cmostamm.portal.method.narrative.MscService;
import nl.cmostamm.portal.method.narrative.RoundForm;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import org.omnifaces.util.Messages;

/**
 * A new round, or the settings of one ({@code ?id=}): its title, the question put to the tellers and
 * the period in which stories are collected. A new round starts with MSC's classic question and
 * the coming three months, which the board changes as it likes.
 */
@Named
@ViewScoped
public class EditMscRound implements Serializable {

    @EJB
    MscService msc;

    private RoundForm form;

    @PostConstruct
    void load() {
        form = msc.roundForm(Navigation.idParameter("id"));
        if (form.isNew()) {
            form.setQuestion(Texts.text("msc.round.question.default"));
            form.setCollectFrom(LocalDate.now());
            form.setCollectUntil(LocalDate.now().plusMonths(3));
        }
    }

    public void save() {
        boolean created = form.isNew();
        MscRound saved = ServiceCall.attempt("round", () -> msc.saveRound(form));
        if (saved != null) {
            Messages.addFlashGlobalInfo(Texts.text(created ? "msc.round.created" : "msc.round.saved"));
            Navigation.redirect("/app/method/msc-round.xhtml?id=" + saved.getId());
        }
    }

    public RoundForm getForm() {
        return form;
    }
}
