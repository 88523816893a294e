package nl.cmostamm.portal.web.method.narrative;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.cmostamm.portal.method.narrative.EntryForm;
import nl.cmostamm.portal.method.narrative.FeedbackChannel;
import nl.cmostamm.portal.method.narrative.FeedbackForm;
import nl.cmostamm.portal.method.narrative.MscDomain;
import nl.cmostamm.portal.method.narrative.MscService;
import nl.cmostamm.portal.method.narrative.RoundView;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.story.Story;
import nl.cmostamm.portal.web.security.ActiveInitiative;
import nl.cmostamm.portal.web.shared.ActiveLocale;
import nl.cmostamm.portal.web.shared.Downloads;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import org.omnifaces.util.Messages;
import org.primefaces.model.StreamedContent;

/**
 * One round ({@code ?id=}): per domain the stories entered with why they matter to their tellers,
 * the result of the highest stage that chose, the panels, and feedback to each teller with a
 * printable letter. The round is read once per change, in one service call; the stories shown are
 * audited as read by the service.
 */
@Named
@ViewScoped
public class MscRoundPage implements Serializable {

    @EJB
    MscService msc;

    @Inject
    ActiveInitiative initiative;

    @Inject
    ActiveLocale locale;

    private long id;
    private RoundView view;
    private List<Story> eligible;
    private List<MscDomain> domains;
    private EntryForm entry;
    private FeedbackForm feedback;

    @PostConstruct
    void load() {
        Long requested = Navigation.idParameter("id");
        if (requested == null) {
            throw new NotFoundException("MscRound");
        }
        id = requested;
        refresh();
        entry = new EntryForm();
        feedback = blankFeedback();
    }

    private void refresh() {
        view = msc.round(id);
        domains = msc.domains();
        eligible = view.isClosed() ? List.of() : msc.eligibleStories(id);
    }

    public void addEntry() {
        if (ServiceCall.attempt("entry", () -> msc.saveEntry(id, entry)) != null) {
            Texts.info("msc.entry.added");
            entry = new EntryForm();
            refresh();
        }
    }

    public void removeEntry(RoundView.EntryView shown) {
        if (ServiceCall.run(
                "entries",
                () -> msc.removeEntry(shown.entry().getId(), shown.entry().getVersion()))) {
            Texts.info("msc.entry.removed");
            refresh();
        }
    }

    public void recordFeedback() {
        if (ServiceCall.attempt("feedback", () -> msc.recordFeedback(feedback)) != null) {
            Texts.info("msc.feedback.recorded");
            feedback = blankFeedback();
            refresh();
        }
    }

    public void close() {
        if (ServiceCall.run("round", () -> msc.closeRound(id, view.round().getVersion()))) {
            Texts.info("msc.round.closedNow");
            refresh();
        }
    }

    public void reopen() {
        if (ServiceCall.run("round", () -> msc.reopenRound(id, view.round().getVersion()))) {
            Texts.info("msc.round.reopened");
            refresh();
        }
    }

    public void delete() {
        if (ServiceCall.run("round", () -> msc.deleteRound(id, view.round().getVersion()))) {
            Messages.addFlashGlobalInfo(Texts.text("msc.round.deleted"));
            Navigation.redirect("/app/method/msc.xhtml");
        }
    }

    /** The letter to the teller of one entry, as a PDF in the reader's language. */
    public StreamedContent letter(long entryId) {
        return Downloads.pdf(
                MscLetter.pdf(msc.letter(entryId), locale.getLocale(), Texts::text),
                Downloads.dated("file.mscLetter", entryId));
    }

    private static FeedbackForm blankFeedback() {
        FeedbackForm form = new FeedbackForm();
        form.setGivenOn(LocalDate.now());
        return form;
    }

    public boolean isClosed() {
        return view.isClosed();
    }

    public boolean isManager() {
        return initiative.isManager();
    }

    public long getId() {
        return id;
    }

    public RoundView getView() {
        return view;
    }

    public List<Story> getEligible() {
        return eligible;
    }

    public List<MscDomain> getDomains() {
        return domains;
    }

    public EntryForm getEntry() {
        return entry;
    }

    public FeedbackForm getFeedback() {
        return feedback;
    }

    public FeedbackChannel[] getChannels() {
        return FeedbackChannel.values();
    }

    /** The entries of the round in the order of the page, for the feedback form's choice. */
    public List<RoundView.EntryView> getEntries() {
        return view.domains().stream().flatMap(d -> d.entries().stream()).toList();
    }
}
