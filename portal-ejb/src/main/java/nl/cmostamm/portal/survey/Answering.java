package nl.cmostamm.portal.survey;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.cmostamm.portal.initiative.Initiative;
import nl.cmostamm.portal.survey.PublicForm.PublicQuestion;
import nl.cmostamm.portal.tenant.TenantAware;

/**
 * The tenant side of public answering: it runs in the scope of the initiative the link belongs to
 * (set by {@link PublicSurveys}, never from the request) and without an account. Only
 * {@link PublicSurveys} calls it.
 */
@Stateless
@TenantAware
public class Answering {

    static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,12}([.,]\\d{1,2})?");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public PublicForm form(SurveyLink link, String language) {
        Wave wave = em.find(Wave.class, link.getWaveId());
        Survey survey = wave.getSurvey();
        boolean english = survey.isEnglish() && "en".equals(language);
        String initiative = em.find(Initiative.class, link.getInitiativeId()).getName();
        boolean open = wave.isOpenOn(LocalDate.now()) && (!link.isOneTime() || link.getUsedAt() == null);
        List<PublicQuestion> questions = survey.getQuestions().stream().filter(q -> !q.isArchived())
                .map(q -> publicQuestion(q.getId(), q.getContent(), english)).toList();
        String intro = english && survey.getIntroEn() != null ? survey.getIntroEn() : survey.getIntro();
        return new PublicForm(initiative, survey.getName(), intro, survey.isEnglish(), english ? "en" : "nl", open, questions);
    }

    private static PublicQuestion publicQuestion(long id, QuestionContent c, boolean english) {
        String text = english && c.getTextEn() != null ? c.getTextEn() : c.getText();
        String help = english && c.getTextEn() != null ? c.getHelpEn() : c.getHelp();
        List<String> options = c.getType().hasOptions() ? (english ? c.optionListEn() : c.optionList()) : List.of();
        return new PublicQuestion(id, c.getType(), c.getSection(), text, help, options, c.isRequired(), c.getNumberMin(), c.getNumberMax());
    }

    /** Stores a response unless this submission was stored before or the wave is closed. */
    public SubmitOutcome submit(SurveyLink link, Submission submission) {
        Wave wave = em.find(Wave.class, link.getWaveId());
        boolean stored = !em.createQuery("select r.id from Response r where r.wave.id = :wave and r.submissionKey = :key", Long.class)
                .setParameter("wave", wave.getId()).setParameter("key", submission.key()).getResultList().isEmpty();
        if (stored) {
            return SubmitOutcome.DUPLICATE;
        }
        SurveyLink current = em.find(SurveyLink.class, link.getTokenHash());
        if (!wave.isOpenOn(LocalDate.now()) || current.isOneTime() && current.getUsedAt() != null) {
            return SubmitOutcome.CLOSED;
        }
        List<Question> questions = wave.getSurvey().getQuestions().stream().filter(q -> !q.isArchived()).toList();
        Map<Long, String> problems = new LinkedHashMap<>();
        Response response = new Response(wave, submission.key(), LocalDate.now(), current.getHelpCategoryId(),
                "en".equals(submission.language()) ? "en" : "nl");
        List<Answer> answers = new ArrayList<>();
        for (Question question : questions) {
            List<String> values = submission.values().getOrDefault(question.getId(), List.of()).stream()
                    .map(v -> v == null ? "" : v.strip()).filter(v -> !v.isEmpty()).toList();
            String problem = collect(question, values, response, answers);
            if (problem != null) {
                problems.put(question.getId(), problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new AnswerProblems(problems);
        }
        em.persist(response);
        answers.forEach(em::persist);
        if (current.isOneTime()) {
            current.setUsedAt(Instant.now());
        }
        em.flush();
        return SubmitOutcome.STORED;
    }

    /** Adds the answers a question's values make, or returns the bundle key of what is wrong. */
    static String collect(Question question, List<String> values, Response response, List<Answer> answers) {
        QuestionContent content = question.getContent();
        if (values.isEmpty()) {
            return content.isRequired() ? "answer.required" : null;
        }
        QuestionType type = content.getType();
        if (type != QuestionType.MULTIPLE && values.size() > 1) {
            return "answer.invalid";
        }
        switch (type) {
            case LIKERT, SINGLE, YES_NO, MULTIPLE -> {
                int choices = type == QuestionType.YES_NO ? 2 : content.optionList().size();
                List<Integer> chosen = new ArrayList<>();
                for (String value : values) {
                    Integer choice = choice(value, choices);
                    if (choice == null || chosen.contains(choice)) {
                        return "answer.invalid";
                    }
                    chosen.add(choice);
                }
                chosen.forEach(choice -> answers.add(Answer.choice(response, question, choice)));
            }
            case NUMBER -> {
                String value = values.get(0);
                if (!NUMBER.matcher(value).matches()) {
                    return "answer.number.invalid";
                }
                BigDecimal number = new BigDecimal(value.replace(',', '.'));
                if (content.getNumberMin() != null && number.compareTo(content.getNumberMin()) < 0
                        || content.getNumberMax() != null && number.compareTo(content.getNumberMax()) > 0) {
                    return "answer.number.range";
                }
                answers.add(Answer.number(response, question, number));
            }
            case SHORT_TEXT, LONG_TEXT -> {
                String value = values.get(0);
                if (value.length() > type.maxTextLength()) {
                    return "answer.text.long";
                }
                answers.add(Answer.text(response, question, value));
            }
            default -> throw new IllegalStateException("Unknown type " + type);
        }
        return null;
    }

    private static Integer choice(String value, int choices) {
        if (value.length() > 2 || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int choice = Integer.parseInt(value);
        return choice >= 1 && choice <= choices ? choice : null;
    }

    /** Whether a response with this key was stored for the link's wave. */
    public boolean isStored(SurveyLink link, String key) {
        return !em.createQuery("select r.id from Response r where r.wave.id = :wave and r.submissionKey = :key", Long.class)
                .setParameter("wave", link.getWaveId()).setParameter("key", key).getResultList().isEmpty();
    }
}
