package nl.cmostamm.portal.web.survey;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.cmostamm.portal.survey.Survey;
import nl.cmostamm.portal.survey.SurveyForm;
import nl.cmostamm.portal.survey.SurveyService;
import nl.cmostamm.portal.survey.SurveySummary;
import nl.cmostamm.portal.survey.SurveyTemplate;
import nl.cmostamm.portal.web.security.ActiveInitiative;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import org.omnifaces.util.Messages;

/** The initiative's surveys, starting one from a template or from scratch, and (advisors) the templates. */
@Named
@ViewScoped
public class Surveys implements Serializable {

    @EJB
    SurveyService surveys;

    @Inject
    ActiveInitiative initiative;

    private List<SurveySummary> summaries;
    private List<SurveyTemplate> templates;
    private Long templateId;
    private String fromTemplateName;
    private SurveyForm blank = new SurveyForm();

    @PostConstruct
    void load() {
        summaries = surveys.summaries();
        templates = surveys.templates();
    }

    public void createFromTemplate() {
        if (templateId == null) {
            Texts.errorAt("fromTemplate:template", "survey.template.required");
            return;
        }
        Survey created =
                ServiceCall.attempt("fromTemplate", () -> surveys.createFromTemplate(templateId, fromTemplateName));
        opened(created);
    }

    public void createBlank() {
        opened(ServiceCall.attempt("blank", () -> surveys.save(blank)));
    }

    private static void opened(Survey created) {
        if (created != null) {
            Messages.addFlashGlobalInfo(Texts.text("survey.created"));
            Navigation.redirect("/app/survey/survey.xhtml?id=" + created.getId());
        }
    }

    public void deleteTemplate(long id) {
        if (ServiceCall.run(null, () -> surveys.deleteTemplate(id))) {
            Texts.info("template.deleted");
            templates = surveys.templates();
        }
    }

    public boolean isAdvisor() {
        return initiative.isAdvisor();
    }

    public List<SurveySummary> getSummaries() {
        return summaries;
    }

    public List<SurveyTemplate> getTemplates() {
        return templates;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public String getFromTemplateName() {
        return fromTemplateName;
    }

    public void setFromTemplateName(String fromTemplateName) {
        this.fromTemplateName = fromTemplateName;
    }

    public SurveyForm getBlank() {
        return blank;
    }
}
