package nl.cmostamm.portal.survey;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.initiative.Initiative;
import nl.cmostamm.portal.survey.PublicForm.PublicQuestion;

/**
 * The tenant side of showing a public questionnaire: it runs in the scope of the initiative the
 * link belongs to (set by {@link PublicSurveys}, never from the request) and without an account.
 * Only {@link PublicSurveys} calls it; answers are stored by {@link ResponseWriter}.
 */
@Stateless
@Guarded
public class Answering {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Allow(Caller.SERVICE)
    public PublicForm form(SurveyLink link, String language) {
        Wave wave = em.find(Wave.class, link.getWaveId());
        Survey survey = wave.getSurvey();
        boolean english = survey.isEnglish() && "en".equals(language);
        String initiative = em.find(Initiative.class, link.getInitiativeId()).getName();
        boolean open = SubmitRules.takesResponse(
                wave.getOpensOn(), wave.getClosesOn(), link.isOneTime(), link.getUsedAt() != null, LocalDate.now());
        List<PublicQuestion> questions = survey.getQuestions().stream()
                .filter(q -> !q.isArchived())
                .map(q -> publicQuestion(q.getId(), q.getContent(), english))
                .toList();
        String intro = english && survey.getIntroEn() != null ? survey.getIntroEn() : survey.getIntro();
        return new PublicForm(
                initiative, survey.getName(), intro, survey.isEnglish(), english ? "en" : "nl", open, questions);
    }

    private static PublicQuestion publicQuestion(long id, QuestionContent c, boolean english) {
        String text = english && c.getTextEn() != null ? c.getTextEn() : c.getText();
        String help = english && c.getTextEn() != null ? c.getHelpEn() : c.getHelp();
        List<String> options = c.getType().hasOptions() ? (english ? c.optionListEn() : c.optionList()) : List.of();
        return new PublicQuestion(
                id,
                c.getType(),
                c.getSection(),
                text,
                help,
                options,
                c.isRequired(),
                c.getNumberMin(),
                c.getNumberMax());
    }
}
