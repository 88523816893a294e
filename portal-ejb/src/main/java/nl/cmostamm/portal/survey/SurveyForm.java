package nl.cmostamm.portal.survey;

import nl.cmostamm.portal.shared.EditForm;

/**
 * A survey's name, description and introductions as edited. {@code version} is the survey's version
 * when the page was opened; saving with an older one is a conflict.
 */
public class SurveyForm extends EditForm {

    private String name;
    private String description;
    private String intro;
    private String introEn;
    private boolean english;

    public static SurveyForm of(Survey survey) {
        SurveyForm form = new SurveyForm();
        form.id = survey.getId();
        form.version = survey.getVersion();
        form.name = survey.getName();
        form.description = survey.getDescription();
        form.intro = survey.getIntro();
        form.introEn = survey.getIntroEn();
        form.english = survey.isEnglish();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getIntro() {
        return intro;
    }

    public void setIntro(String intro) {
        this.intro = intro;
    }

    public String getIntroEn() {
        return introEn;
    }

    public void setIntroEn(String introEn) {
        this.introEn = introEn;
    }

    public boolean isEnglish() {
        return english;
    }

    public void setEnglish(boolean english) {
        this.english = english;
    }
}
