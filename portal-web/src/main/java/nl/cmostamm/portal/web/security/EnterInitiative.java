package nl.cmostamm.portal.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import nl.cmostamm.portal.initiative.InitiativeService;
import nl.cmostamm.portal.portfolio.AlertKind;
import nl.cmostamm.portal.portfolio.DashboardService;
import nl.cmostamm.portal.security.Admission;
import nl.cmostamm.portal.security.Admittance;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.tenant.Tenancy;

/**
 * Enters an initiative: {@code /app/enter.xhtml?initiative=slug}. The slug in the link is only a
 * wish; the admission service decides, and an initiative the user may not enter is "not found".
 * Also the landing after login: a board member of exactly one initiative goes straight in.
 */
@Named
@RequestScoped
public class EnterInitiative {

    @EJB
    Admission admission;

    @EJB
    InitiativeService initiatives;

    @EJB
    DashboardService dashboard;

    @Inject
    ActiveInitiative activeInitiative;

    @Inject
    ActiveUser activeUser;

    private String initiative;

    private String to;

    /** View action of enter.xhtml. */
    public void enter() throws Exception {
        if (initiative == null || !initiative.matches("[a-z0-9-]{1,60}")) {
            throw new NotFoundException("Initiative");
        }
        long id = initiatives.idOfSlug(initiative).orElseThrow(() -> new NotFoundException("Initiative"));
        Admittance admittance = admission.admit(id);
        activeInitiative.enter(admittance);
        activeUser.remember(admission.myBoards());
        Tenancy.call(Tenancy.current().withInitiative(id), () -> {
            dashboard.visited();
            return null;
        });
        redirect(landing());
    }

    /** Where an alert's link lands: the page that deals with it; any other wish lands on the home page. */
    private String landing() {
        for (AlertKind kind : AlertKind.values()) {
            if (kind.name().equals(to)) {
                return kind.page();
            }
        }
        return "/app/initiative/home.xhtml";
    }

    /** View action of home.xhtml: where a user lands after logging in. */
    public void land() throws IOException {
        if (activeUser.isStaff()) {
            redirect("/app/portfolio/portfolio.xhtml");
            return;
        }
        List<Admittance> boards = admission.myBoards();
        activeUser.remember(boards);
        if (boards.size() == 1) {
            activeInitiative.enter(admission.admit(boards.get(0).initiativeId()));
            redirect("/app/initiative/home.xhtml");
        } else {
            redirect("/app/portfolio/portfolio.xhtml");
        }
    }

    private static void redirect(String path) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + path);
    }

    public String getInitiative() {
        return initiative;
    }

    public void setInitiative(String initiative) {
        this.initiative = initiative;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
