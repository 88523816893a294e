package nl.cmostamm.portal.initiative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.cmostamm.portal.shared.EditForm;

/**
 * An initiative's profile as entered on one page, for a new initiative or the entered one: the
 * initiative's own fields together with the names of its value themes, societal effects and target
 * groups. {@code id} is null for a new initiative; {@code version} is the initiative's version when
 * the page was opened, and saving with an older one is a conflict. A new form starts from the
 * defaults of a new {@link Initiative}.
 */
public class InitiativeForm extends EditForm {

    private String slug;
    private String name;
    private String municipality;
    private Province province;
    private String mission;
    private SocialBasisLevel socialBasisLevel;
    private InitiativeStatus status;
    private LocalDate startDate;
    private List<String> themes = new ArrayList<>();
    private List<String> effects = new ArrayList<>();
    private List<String> targetGroups = new ArrayList<>();

    public InitiativeForm() {
        this(new Initiative());
    }

    private InitiativeForm(Initiative initiative) {
        id = initiative.getId();
        version = initiative.getVersion();
        slug = initiative.getSlug();
        name = initiative.getName();
        municipality = initiative.getMunicipality();
        province = initiative.getProvince();
        mission = initiative.getMission();
        socialBasisLevel = initiative.getSocialBasisLevel();
        status = initiative.getStatus();
        startDate = initiative.getStartDate();
    }

    /** The initiative's own fields; the lists start empty. */
    public static InitiativeForm of(Initiative initiative) {
        return new InitiativeForm(initiative);
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public Province getProvince() {
        return province;
    }

    public void setProvince(Province province) {
        this.province = province;
    }

    public String getMission() {
        return mission;
    }

    public void setMission(String mission) {
        this.mission = mission;
    }

    public SocialBasisLevel getSocialBasisLevel() {
        return socialBasisLevel;
    }

    public void setSocialBasisLevel(SocialBasisLevel socialBasisLevel) {
        this.socialBasisLevel = socialBasisLevel;
    }

    public InitiativeStatus getStatus() {
        return status;
    }

    public void setStatus(InitiativeStatus status) {
        this.status = status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes;
    }

    public List<String> getEffects() {
        return effects;
    }

    public void setEffects(List<String> effects) {
        this.effects = effects;
    }

    public List<String> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(List<String> targetGroups) {
        this.targetGroups = targetGroups;
    }
}
