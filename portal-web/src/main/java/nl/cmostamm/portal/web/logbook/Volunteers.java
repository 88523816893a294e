package nl.cmostamm.portal.web.logbook;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.cmostamm.portal.logbook.LogbookService;
import nl.cmostamm.portal.logbook.Volunteer;

/** The help desk's volunteers, active ones first. */
@Named
@ViewScoped
public class Volunteers implements Serializable {

    @EJB
    LogbookService logbook;

    private List<Volunteer> volunteers;

    @PostConstruct
    void load() {
        volunteers = logbook.volunteers();
    }

    public List<Volunteer> getVolunteers() {
        return volunteers;
    }
}
