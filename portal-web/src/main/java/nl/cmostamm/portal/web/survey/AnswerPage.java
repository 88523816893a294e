package nl.cmostamm.portal.web.survey;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.survey.PublicForm;
import nl.cmostamm.portal.survey.PublicForm.PublicQuestion;

/**
 * What the public answering page shows, handed over by {@link SurveyAnswerServlet}: the form, the
 * thank-you page, the closed page, the unknown-link page or the slow-down page. Opened directly,
 * without the servlet, the page does not exist.
 */
@Named
@RequestScoped
public class AnswerPage {

    static final String ATTRIBUTE = AnswerPage.class.getName();

    /** Which page the respondent gets. */
    public enum State {
        FORM,
        THANKS,
        CLOSED,
        UNKNOWN,
        LIMITED
    }

    /** Whether this device answered the wave before, and whether the respondent is asked to confirm. */
    public enum Notice {
        NONE,
        ANSWERED_BEFORE,
        CONFIRM_AGAIN,
        ALREADY_RECEIVED
    }

    /** What the servlet found, as a request attribute. */
    record Found(
            State state,
            PublicForm form,
            String token,
            String key,
            Map<Long, List<String>> values,
            Map<Long, String> problems,
            Notice notice) {}

    private Found found;
    private ResourceBundle text;

    @PostConstruct
    void load() {
        Object attribute = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestMap()
                .get(ATTRIBUTE);
        if (!(attribute instanceof Found given)) {
            throw new NotFoundException("Survey page");
        }
        found = given;
        text = ResourceBundle.getBundle("nl.cmostamm.portal.web.text", getLocale());
    }

    public String getState() {
        return found.state().name();
    }

    public PublicForm getForm() {
        return found.form();
    }

    public String getLanguage() {
        return found.form() == null ? "nl" : found.form().language();
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(getLanguage());
    }

    public String getKey() {
        return found.key();
    }

    public String getAction() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + PublicLinks.SURVEY_PATH
                + found.token();
    }

    /** The link to this survey in the other language, when the survey has English. */
    public String getOtherLanguageLink() {
        return getAction() + ("en".equals(getLanguage()) ? "" : "?lang=en");
    }

    public boolean isChecked(PublicQuestion question, int choice) {
        return found.values().getOrDefault(question.id(), List.of()).contains(String.valueOf(choice));
    }

    public String value(PublicQuestion question) {
        List<String> values = found.values().getOrDefault(question.id(), List.of());
        return values.isEmpty() ? "" : values.get(0);
    }

    public String problem(PublicQuestion question) {
        String key = found.problems().get(question.id());
        return key == null ? null : text.getString(key);
    }

    /** The message above the form: how many answers need attention, or that the form was stale. */
    public String getSummary() {
        if (found.problems().isEmpty()) {
            return null;
        }
        if (found.problems().containsKey(0L)) {
            return text.getString("answer.again");
        }
        return MessageFormat.format(
                text.getString("answer.problems"), found.problems().size());
    }

    public String getNotice() {
        return found.notice().name();
    }

    public int getCount() {
        return found.form() == null ? 0 : found.form().questions().size();
    }
}
