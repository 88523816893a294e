package nl.cmostamm.portal.method.toc;

import java.util.ArrayList;
import java.util.List;
import nl.cmostamm.portal.shared.EditForm;

/** One element of the chain as edited: its texts and the ids of the evidence it is tied to. */
public class ElementForm extends EditForm {

    private Level level;
    private String title;
    private String description;
    private List<Long> indicatorIds = new ArrayList<>();
    private List<Long> storyIds = new ArrayList<>();
    private List<Long> surveyIds = new ArrayList<>();

    /** A blank element of a level. */
    public ElementForm(Level level) {
        this.level = level;
    }

    static ElementForm of(TocElement element) {
        ElementForm form = new ElementForm(element.getLevel());
        form.id = element.getId();
        form.version = element.getVersion();
        form.title = element.getTitle();
        form.description = element.getDescription();
        form.indicatorIds = new ArrayList<>(
                element.getIndicators().stream().map(i -> i.getId()).toList());
        form.storyIds = new ArrayList<>(
                element.getStories().stream().map(s -> s.getId()).toList());
        form.surveyIds = new ArrayList<>(
                element.getSurveys().stream().map(s -> s.getId()).toList());
        return form;
    }

    public Level getLevel() {
        return level;
    }

    public void setLevel(Level level) {
        this.level = level;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<Long> getIndicatorIds() {
        return indicatorIds;
    }

    public void setIndicatorIds(List<Long> indicatorIds) {
        this.indicatorIds = indicatorIds;
    }

    public List<Long> getStoryIds() {
        return storyIds;
    }

    public void setStoryIds(List<Long> storyIds) {
        this.storyIds = storyIds;
    }

    public List<Long> getSurveyIds() {
        return surveyIds;
    }

    public void setSurveyIds(List<Long> surveyIds) {
        this.surveyIds = surveyIds;
    }
}
