package nl.cmostamm.portal.method.narrative;

import java.time.LocalDate;
import nl.cmostamm.portal.shared.EditForm;

/** A panel as edited: its stage, name, the day it met and who took part. */
public class PanelForm extends EditForm {

    private int stage = 1;
    private String name;
    private LocalDate heldOn;
    private String members;

    static PanelForm of(MscPanel panel) {
        PanelForm form = new PanelForm();
        form.id = panel.getId();
        form.version = panel.getVersion();
        form.stage = panel.getStage();
        form.name = panel.getName();
        form.heldOn = panel.getHeldOn();
        form.members = panel.getMembers();
        return form;
    }

    public int getStage() {
        return stage;
    }

    public void setStage(int stage) {
        this.stage = stage;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getMembers() {
        return members;
    }

    public void setMembers(String members) {
        this.members = members;
    }
}
