package nl.cmostamm.portal.web.survey;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.survey.Feed;
import nl.cmostamm.portal.survey.Question;
import nl.cmostamm.portal.survey.QuestionForm;
import nl.cmostamm.portal.survey.QuestionType;
import nl.cmostamm.portal.survey.Survey;
import nl.cmostamm.portal.survey.SurveyForm;
import nl.cmostamm.portal.survey.SurveyService;
import nl.cmostamm.portal.survey.Wave;
import nl.cmostamm.portal.survey.WaveForm;
import nl.cmostamm.portal.survey.WaveKind;
import nl.cmostamm.portal.survey.WaveSummary;
import nl.cmostamm.portal.web.security.ActiveInitiative;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import org.omnifaces.util.Messages;

/**
 * One survey ({@code ?id=}): its introduction, its questions (add, edit, reorder, remove or
 * archive) and its waves with their public links.
 */
@Named
@ViewScoped
public class EditSurvey implements Serializable {

    @EJB
    SurveyService surveys;

    @Inject
    ActiveInitiative initiative;

    private Survey survey;
    private SurveyForm form;
    private List<Question> questions;
    private Set<Long> answered;
    private QuestionForm questionForm;
    private List<WaveSummary> waves;
    private WaveForm waveForm;
    private String templateName;
    private List<Indicator> indicators;

    @PostConstruct
    void load() {
        Long id = Navigation.idParameter("id");
        if (id == null) {
            throw new NotFoundException("Survey");
        }
        survey = surveys.survey(id);
        indicators = surveys.feedableIndicators();
        refresh();
        newQuestion();
        newWave();
    }

    private void refresh() {
        survey = surveys.survey(survey.getId());
        form = SurveyForm.of(survey);
        questions = survey.getQuestions();
        answered = surveys.answeredQuestions(survey.getId());
        waves = surveys.waves(survey.getId());
    }

    public void save() {
        Survey saved = ServiceCall.attempt("survey", () -> surveys.save(form));
        if (saved != null) {
            Texts.info("survey.saved");
            refresh();
        }
    }

    public void delete() {
        if (ServiceCall.run("survey", () -> surveys.delete(form.getId(), form.getVersion()))) {
            Messages.addFlashGlobalInfo(Texts.text("survey.deleted"));
            Navigation.redirect("/app/survey/surveys.xhtml");
        }
    }

    public void newQuestion() {
        questionForm = new QuestionForm();
        questionForm.getContent().setType(QuestionType.LIKERT);
    }

    public void editQuestion(Question chosen) {
        questionForm = QuestionForm.of(chosen);
    }

    public void saveQuestion() {
        boolean created = questionForm.isNew();
        Question saved = ServiceCall.attempt("question", () -> surveys.saveQuestion(survey.getId(), questionForm));
        refresh();
        if (saved != null) {
            Texts.info(created ? "question.added" : "question.saved");
            newQuestion();
        }
    }

    /** Leaves an edit unsaved. */
    public void cancelQuestion() {
        newQuestion();
        refresh();
    }

    public void removeQuestion(Question chosen) {
        Boolean deleted = ServiceCall.attempt(null, () -> surveys.removeQuestion(chosen.getId(), chosen.getVersion()));
        if (deleted != null) {
            Texts.info(deleted ? "question.deleted" : "question.archived");
            refresh();
            newQuestion();
        }
    }

    public void restoreQuestion(Question chosen) {
        if (ServiceCall.run(null, () -> surveys.restoreQuestion(chosen.getId(), chosen.getVersion()))) {
            Texts.info("question.restored");
            refresh();
        }
    }

    public void move(Question chosen, boolean up) {
        if (ServiceCall.run(null, () -> surveys.moveQuestion(chosen.getId(), up))) {
            refresh();
        }
    }

    public boolean isAnswered(Long questionId) {
        return questionId != null && answered.contains(questionId);
    }

    public void newWave() {
        waveForm = new WaveForm();
        waveForm.setOpensOn(LocalDate.now());
        waveForm.setClosesOn(LocalDate.now().plusWeeks(4));
        waveForm.setKind(waves.isEmpty() ? WaveKind.PRE : WaveKind.POST);
    }

    public void saveWave() {
        Wave saved = ServiceCall.attempt("wave", () -> surveys.saveWave(survey.getId(), waveForm));
        if (saved != null) {
            Texts.info("wave.opened");
            refresh();
            newWave();
        }
    }

    public void closeWave(Wave chosen) {
        if (ServiceCall.run(null, () -> surveys.closeWave(chosen.getId(), chosen.getVersion()))) {
            Texts.info("wave.closed");
            refresh();
        }
    }

    public void deleteWave(Wave chosen) {
        if (ServiceCall.run(null, () -> surveys.deleteWave(chosen.getId(), chosen.getVersion()))) {
            Texts.info("wave.deleted");
            refresh();
        }
    }

    public void saveAsTemplate() {
        if (ServiceCall.run("template", () -> surveys.saveAsTemplate(survey.getId(), templateName))) {
            Texts.info("template.saved");
            templateName = null;
        }
    }

    public boolean isAdvisor() {
        return initiative.isAdvisor();
    }

    public Survey getSurvey() {
        return survey;
    }

    public List<Question> getQuestions() {
        return questions;
    }

    public SurveyForm getForm() {
        return form;
    }

    public QuestionForm getQuestionForm() {
        return questionForm;
    }

    public List<WaveSummary> getWaves() {
        return waves;
    }

    public WaveForm getWaveForm() {
        return waveForm;
    }

    public QuestionType[] getTypes() {
        return QuestionType.values();
    }

    public WaveKind[] getKinds() {
        return WaveKind.values();
    }

    public List<Indicator> getIndicators() {
        return indicators;
    }

    public Feed[] getFeeds() {
        return Feed.values();
    }

    public String getTemplateName() {
        return templateName;
    }

    public void setTemplateName(String templateName) {
        this.templateName = templateName;
    }
}
