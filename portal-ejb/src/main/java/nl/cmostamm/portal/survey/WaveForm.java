package nl.cmostamm.portal.survey;

import java.time.LocalDate;
import nl.cmostamm.portal.shared.EditForm;

/**
 * A wave's name, kind and dates as edited; a new wave gets its public link when it is saved. {@code
 * version} is the wave's version when the edit began; saving with an older one is a conflict.
 */
public class WaveForm extends EditForm {

    private String name;
    private WaveKind kind = WaveKind.PERIODIC;
    private LocalDate opensOn;
    private LocalDate closesOn;

    public static WaveForm of(Wave wave) {
        WaveForm form = new WaveForm();
        form.id = wave.getId();
        form.version = wave.getVersion();
        form.name = wave.getName();
        form.kind = wave.getKind();
        form.opensOn = wave.getOpensOn();
        form.closesOn = wave.getClosesOn();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public WaveKind getKind() {
        return kind;
    }

    public void setKind(WaveKind kind) {
        this.kind = kind;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }
}
