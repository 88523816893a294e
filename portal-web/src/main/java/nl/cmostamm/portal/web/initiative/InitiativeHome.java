package nl.cmostamm.portal.web.initiative;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.cmostamm.portal.initiative.InitiativeForm;
import nl.cmostamm.portal.initiative.InitiativeService;
import nl.cmostamm.portal.method.Method;
import nl.cmostamm.portal.method.chooser.MethodChoice;
import nl.cmostamm.portal.method.chooser.MethodChoiceService;
import nl.cmostamm.portal.security.AdvisorAssignment;
import nl.cmostamm.portal.security.AdvisorService;
import nl.cmostamm.portal.security.BoardMembership;
import nl.cmostamm.portal.security.MembersService;

/**
 * The home of the initiative the user entered: profile, themes, effects, the methods it chose,
 * board and advisors.
 */
@Named
@ViewScoped
public class InitiativeHome implements Serializable {

    @EJB
    InitiativeService initiatives;

    @EJB
    MembersService members;

    @EJB
    AdvisorService advisors;

    @EJB
    MethodChoiceService methodChoices;

    private InitiativeForm profile;
    private List<BoardMembership> board;
    private List<AdvisorAssignment> assignedAdvisors;
    private List<Method> methods;

    @PostConstruct
    void load() {
        profile = initiatives.current();
        board = members.members();
        assignedAdvisors = advisors.assignments();
        methods = methodChoices.current().map(MethodChoice::getMethods).orElse(List.of());
    }

    public InitiativeForm getProfile() {
        return profile;
    }

    public List<BoardMembership> getBoard() {
        return board;
    }

    public List<AdvisorAssignment> getAssignedAdvisors() {
        return assignedAdvisors;
    }

    /** The methods of the current choice, in their order; empty before the chooser was taken. */
    public List<Method> getMethods() {
        return methods;
    }
}
