package nl.cmostamm.portal.report.factsheet;

import java.util.ArrayList;
import java.util.List;
import nl.cmostamm.portal.security.Language;
import nl.cmostamm.portal.shared.EditForm;

/**
 * The board's choices for its fact sheet as edited. {@code version} is the sheet's version when the
 * page was opened (0 while the initiative has none yet); saving with an older one is a conflict.
 */
public class FactSheetForm extends EditForm {

    /** What a new sheet shows: three figures most initiatives have. */
    static final List<KeyFigure> DEFAULT_FIGURES =
            List.of(KeyFigure.VOLUNTEERS, KeyFigure.PARTICIPANTS, KeyFigure.ACTIVITIES_HELD);

    private List<KeyFigure> figures = new ArrayList<>(DEFAULT_FIGURES);
    private List<Long> storyIds = new ArrayList<>();
    private boolean showGoals = true;
    private boolean showChain = true;
    private boolean showSroi = true;
    private Language language = Language.NL;
    private String contact;

    public static FactSheetForm of(FactSheet sheet) {
        FactSheetForm form = new FactSheetForm();
        form.id = sheet.getId();
        form.version = sheet.getVersion();
        form.figures = new ArrayList<>(sheet.getFigures());
        form.storyIds = new ArrayList<>(sheet.getStoryIds());
        form.showGoals = sheet.isShowGoals();
        form.showChain = sheet.isShowChain();
        form.showSroi = sheet.isShowSroi();
        form.language = sheet.getLanguage();
        form.contact = sheet.getContact();
        return form;
    }

    public List<KeyFigure> getFigures() {
        return figures;
    }

    public void setFigures(List<KeyFigure> figures) {
        this.figures = figures;
    }

    public List<Long> getStoryIds() {
        return storyIds;
    }

    public void setStoryIds(List<Long> storyIds) {
        this.storyIds = storyIds;
    }

    public boolean isShowGoals() {
        return showGoals;
    }

    public void setShowGoals(boolean showGoals) {
        this.showGoals = showGoals;
    }

    public boolean isShowChain() {
        return showChain;
    }

    public void setShowChain(boolean showChain) {
        this.showChain = showChain;
    }

    public boolean isShowSroi() {
        return showSroi;
    }

    public void setShowSroi(boolean showSroi) {
        this.showSroi = showSroi;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }
}
