package nl.cmostamm.portal.web.logbook;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.initiative.InitiativeService;
import nl.cmostamm.portal.initiative.TargetGroup;
import nl.cmostamm.portal.logbook.Competition;
import nl.cmostamm.portal.logbook.HelpCategory;
import nl.cmostamm.portal.logbook.HelpRequest;
import nl.cmostamm.portal.logbook.HelpRequestForm;
import nl.cmostamm.portal.logbook.HelpStatus;
import nl.cmostamm.portal.logbook.LogbookService;
import nl.cmostamm.portal.logbook.Referral;
import nl.cmostamm.portal.logbook.Suggestion;
import nl.cmostamm.portal.survey.SurveyService;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import nl.cmostamm.portal.web.survey.PublicLinks;
import org.omnifaces.util.Messages;

/**
 * A help request, new or {@code ?id=}: what was asked, by whom (initials or a pseudonym) and, when
 * the desk chooses to say, which of the initiative's target groups it helped; who helps and for
 * how long. The matching helper lists volunteers for the chosen category, those who like
 * this kind of help and are least busy first; adding one puts them among the helpers, which are
 * saved together with the request.
 */
@Named
@ViewScoped
public class EditHelpRequest implements Serializable {

    @EJB
    LogbookService logbook;

    private HelpRequestForm form;
    private List<HelpCategory> categories;
    private List<TargetGroup> targetGroups;
    private final List<Helper> helpers = new ArrayList<>();
    private List<Suggestion> suggestions = List.of();
    private String closureLink;

    @EJB
    InitiativeService initiatives;

    @EJB
    SurveyService surveys;

    @Inject
    PublicLinks links;

    /** A volunteer among the helpers, with the hours being typed. */
    public static final class Helper implements Serializable {
        private final long volunteerId;
        private final String name;
        private BigDecimal hours;

        Helper(long volunteerId, String name, BigDecimal hours) {
            this.volunteerId = volunteerId;
            this.name = name;
            this.hours = hours;
        }

        public long getVolunteerId() {
            return volunteerId;
        }

        public String getName() {
            return name;
        }

        public BigDecimal getHours() {
            return hours;
        }

        public void setHours(BigDecimal hours) {
            this.hours = hours;
        }
    }

    @PostConstruct
    void load() {
        Long id = Navigation.idParameter("id");
        categories = logbook.categories();
        targetGroups = initiatives.targetGroups();
        if (id == null) {
            form = new HelpRequestForm();
            form.setRequestedOn(LocalDate.now());
            form.setCategoryId(categories.isEmpty() ? null : categories.get(0).getId());
        } else {
            HelpRequest request = logbook.request(id);
            form = HelpRequestForm.of(request);
            request.getAssignments()
                    .forEach(a -> helpers.add(new Helper(
                            a.getVolunteer().getId(), a.getVolunteer().getName(), a.getHours())));
        }
        suggest();
    }

    /** The matching helper's list for the chosen category. */
    public void suggest() {
        suggestions = form.getCategoryId() == null
                ? List.of()
                : logbook.suggestions(form.getCategoryId(), LocalDate.now()).stream()
                        .filter(s -> helpers.stream()
                                .noneMatch(
                                        h -> h.getVolunteerId() == s.volunteer().getId()))
                        .toList();
    }

    public void addHelper(long volunteerId, String name) {
        if (helpers.stream().noneMatch(h -> h.getVolunteerId() == volunteerId)) {
            helpers.add(new Helper(volunteerId, name, null));
            if (form.getStatus() == HelpStatus.OPEN) {
                form.setStatus(HelpStatus.MATCHED);
            }
        }
        suggest();
    }

    public void removeHelper(long volunteerId) {
        helpers.removeIf(h -> h.getVolunteerId() == volunteerId);
        suggest();
    }

    public void save() {
        Map<Long, BigDecimal> hours = new LinkedHashMap<>();
        helpers.forEach(h -> hours.put(h.getVolunteerId(), h.getHours()));
        form.setHours(hours);
        boolean created = form.isNew();
        HelpRequest saved = ServiceCall.attempt("request", () -> logbook.saveRequest(form));
        if (saved != null) {
            Messages.addFlashGlobalInfo(Texts.text(created ? "request.created" : "request.saved"));
            Navigation.redirect("/app/logbook/week.xhtml");
        }
    }

    public void delete() {
        if (ServiceCall.run("request", () -> logbook.deleteRequest(form.getId(), form.getVersion()))) {
            Messages.addFlashGlobalInfo(Texts.text("request.deleted"));
            Navigation.redirect("/app/logbook/week.xhtml");
        }
    }

    /** Makes a one-time link to the case-closure survey for this finished request's client. */
    public void makeClosureLink() {
        String token = ServiceCall.attempt(null, () -> surveys.closureLink(form.getId()));
        if (token != null) {
            closureLink = links.survey(token);
        }
    }

    /** The one-time link just made, shown once; null before. */
    public String getClosureLink() {
        return closureLink;
    }

    public HelpRequestForm getForm() {
        return form;
    }

    public List<HelpCategory> getCategories() {
        return categories;
    }

    public List<TargetGroup> getTargetGroups() {
        return targetGroups;
    }

    public List<Helper> getHelpers() {
        return helpers;
    }

    public List<Suggestion> getSuggestions() {
        return suggestions;
    }

    public HelpStatus[] getStatuses() {
        return HelpStatus.values();
    }

    public Referral[] getReferrals() {
        return Referral.values();
    }

    public Competition[] getCompetitions() {
        return Competition.values();
    }
}
