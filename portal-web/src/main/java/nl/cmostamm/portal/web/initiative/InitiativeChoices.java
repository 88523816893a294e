package nl.cmostamm.portal.web.initiative;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import nl.cmostamm.portal.initiative.InitiativeStatus;
import nl.cmostamm.portal.initiative.Province;
import nl.cmostamm.portal.initiative.SocialBasisLevel;

/** The fixed choices of an initiative's profile, for select menus and filters. */
@Named
@ApplicationScoped
public class InitiativeChoices {

    public Province[] getProvinces() {
        return Province.values();
    }

    public SocialBasisLevel[] getLevels() {
        return SocialBasisLevel.values();
    }

    public InitiativeStatus[] getStatuses() {
        return InitiativeStatus.values();
    }
}
