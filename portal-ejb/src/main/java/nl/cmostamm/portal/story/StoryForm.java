package nl.cmostamm.portal.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.cmostamm.portal.shared.EditForm;

/** A story as edited: its own fields and the ids of the themes and goals it is tagged with. */
public class StoryForm extends EditForm {

    private String title;
    private String body;
    private LocalDate toldOn = LocalDate.now();
    private TellerRole tellerRole = TellerRole.PARTICIPANT;
    private String pseudonym;
    private List<Long> themeIds = new ArrayList<>();
    private List<Long> goalIds = new ArrayList<>();

    static StoryForm of(Story story) {
        StoryForm form = new StoryForm();
        form.id = story.getId();
        form.version = story.getVersion();
        form.title = story.getTitle();
        form.body = story.getBody();
        form.toldOn = story.getToldOn();
        form.tellerRole = story.getTellerRole();
        form.pseudonym = story.getPseudonym();
        form.themeIds =
                new ArrayList<>(story.getThemes().stream().map(t -> t.getId()).toList());
        form.goalIds =
                new ArrayList<>(story.getGoals().stream().map(g -> g.getId()).toList());
        return form;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public LocalDate getToldOn() {
        return toldOn;
    }

    public void setToldOn(LocalDate toldOn) {
        this.toldOn = toldOn;
    }

    public TellerRole getTellerRole() {
        return tellerRole;
    }

    public void setTellerRole(TellerRole tellerRole) {
        this.tellerRole = tellerRole;
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public void setPseudonym(String pseudonym) {
        this.pseudonym = pseudonym;
    }

    public List<Long> getThemeIds() {
        return themeIds;
    }

    public void setThemeIds(List<Long> themeIds) {
        this.themeIds = themeIds;
    }

    public List<Long> getGoalIds() {
        return goalIds;
    }

    public void setGoalIds(List<Long> goalIds) {
        this.goalIds = goalIds;
    }
}
