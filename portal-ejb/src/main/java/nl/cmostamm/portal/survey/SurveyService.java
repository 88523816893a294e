package nl.cmostamm.portal.survey;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.audit.AuditAction;
import nl.cmostamm.portal.audit.AuditLog;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.logbook.HelpRequest;
import nl.cmostamm.portal.logbook.HelpStatus;
import nl.cmostamm.portal.shared.Input;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.tenant.Tenancy;

/**
 * The current initiative's surveys: building them (often from a template), and running them in
 * waves with public links. Collected answers never become unreadable: a question with answers keeps
 * its type and is archived rather than deleted, and a survey or wave with responses cannot be
 * deleted. Every change is audited.
 */
@Stateless
@Guarded
public class SurveyService {

    static final String SURVEY = "survey";
    static final String QUESTION = "surveyQuestion";
    static final String WAVE = "surveyWave";
    static final List<String> LIKERT_NL =
            List.of("Helemaal mee oneens", "Mee oneens", "Neutraal", "Mee eens", "Helemaal mee eens");
    static final List<String> LIKERT_EN =
            List.of("Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree");
    private static final int MAX_OPTIONS = 20;
    private static final int MAX_QUESTIONS = 100;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AuditLog audit;

    /** Every survey with its counts, in four queries. */
    @Allow(Caller.BOARD)
    public List<SurveySummary> summaries() {
        List<Survey> surveys = em.createNamedQuery(Survey.ALL, Survey.class).getResultList();
        Map<Long, Long> questions =
                counts("select q.survey.id, count(q) from Question q where q.archived = false group by q.survey.id");
        Map<Long, Long> waves = counts("select w.survey.id, count(w) from Wave w group by w.survey.id");
        Map<Long, Long> responses =
                counts("select r.wave.survey.id, count(r) from Response r group by r.wave.survey.id");
        LocalDate today = LocalDate.now();
        Set<Long> open = em.createQuery(
                        "select distinct w.survey.id from Wave w where w.opensOn <= :today and w.closesOn >= :today",
                        Long.class)
                .setParameter("today", today)
                .getResultStream()
                .collect(Collectors.toSet());
        return surveys.stream()
                .map(s -> new SurveySummary(
                        s,
                        questions.getOrDefault(s.getId(), 0L),
                        waves.getOrDefault(s.getId(), 0L),
                        responses.getOrDefault(s.getId(), 0L),
                        open.contains(s.getId())))
                .toList();
    }

    private Map<Long, Long> counts(String query) {
        return em.createQuery(query, Object[].class)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    /** A survey with its questions (archived ones included) and the indicators they feed. */
    @Allow(Caller.BOARD)
    public Survey survey(long id) {
        return Input.find(em, Survey.class, id, Survey.WITH_QUESTIONS);
    }

    /** The questions that have answers: their type is fixed and removing them archives them. */
    @Allow(Caller.BOARD)
    public Set<Long> answeredQuestions(long surveyId) {
        return new HashSet<>(em.createQuery(
                        "select distinct a.question.id from Answer a where a.question.survey.id = :survey", Long.class)
                .setParameter("survey", surveyId)
                .getResultList());
    }

    /** The indicators a question may feed: those not computed from the registers. */
    @Allow(Caller.BOARD)
    public List<Indicator> feedableIndicators() {
        return em.createNamedQuery(Indicator.ALL, Indicator.class)
                .getResultStream()
                .filter(i -> !i.isComputed())
                .toList();
    }

    @Allow(Caller.BOARD)
    public List<SurveyTemplate> templates() {
        return em.createNamedQuery(SurveyTemplate.ALL, SurveyTemplate.class)
                .setHint(Input.LOAD_GRAPH, em.getEntityGraph(SurveyTemplate.WITH_QUESTIONS))
                .getResultList();
    }

    /** Saves a new or edited survey's name, description and introduction. */
    @Allow(Caller.BOARD)
    public Survey save(SurveyForm form) {
        String name = checkedName(form.getName(), form.getId());
        Input.maxLength(form.getDescription(), 2000, "description");
        Input.maxLength(form.getIntro(), 2000, "intro");
        Input.maxLength(form.getIntroEn(), 2000, "introEn");
        boolean created = form.isNew();
        Survey survey = created ? new Survey() : Input.find(em, Survey.class, form.getId(), form.getVersion());
        survey.setName(name);
        survey.setDescription(Input.blankToNull(form.getDescription()));
        survey.setIntro(Input.blankToNull(form.getIntro()));
        survey.setIntroEn(Input.blankToNull(form.getIntroEn()));
        survey.setEnglish(form.isEnglish());
        if (created) {
            em.persist(survey);
        }
        em.flush();
        audit.record(created ? AuditAction.CREATE : AuditAction.UPDATE, SURVEY, survey.getId(), survey.getName());
        return survey;
    }

    /** Copies a template, questions and all, into a new survey of the initiative. */
    @Allow(Caller.BOARD)
    public Survey createFromTemplate(long templateId, String name) {
        SurveyTemplate template = Input.find(em, SurveyTemplate.class, templateId);
        Survey survey =
                Survey.copyOf(template, checkedName(name == null || name.isBlank() ? template.getName() : name, null));
        em.persist(survey);
        survey.getQuestions().forEach(em::persist);
        em.flush();
        audit.record(AuditAction.CREATE, SURVEY, survey.getId(), survey.getName() + " (" + template.getName() + ")");
        return survey;
    }

    private String checkedName(String raw, Long id) {
        String name = Input.blankToNull(raw);
        if (name == null) {
            throw new ValidationFailure("survey.name.required", "name");
        }
        Input.maxLength(name, 200, "name");
        boolean taken = em.createQuery("select s.id from Survey s where lower(s.name) = lower(:name)", Long.class)
                .setParameter("name", name)
                .getResultStream()
                .anyMatch(other -> !other.equals(id));
        if (taken) {
            throw new ValidationFailure("survey.name.taken", "name");
        }
        return name;
    }

    /** Deletes a survey that has no responses yet, with its questions and waves. */
    @Allow(Caller.BOARD)
    public void delete(long id, long version) {
        Survey survey = Input.find(em, Survey.class, id, version);
        if (responses(id) > 0) {
            throw new ValidationFailure("survey.hasResponses", null);
        }
        audit.record(AuditAction.DELETE, SURVEY, id, survey.getName());
        em.createQuery("delete from SurveyLink l where l.waveId in (select w.id from Wave w where w.survey.id = :id)")
                .setParameter("id", id)
                .executeUpdate();
        em.createQuery("delete from Wave w where w.survey.id = :id")
                .setParameter("id", id)
                .executeUpdate();
        em.createQuery("delete from Question q where q.survey.id = :id")
                .setParameter("id", id)
                .executeUpdate();
        em.remove(survey);
    }

    private long responses(long surveyId) {
        return em.createQuery("select count(r) from Response r where r.wave.survey.id = :id", Long.class)
                .setParameter("id", surveyId)
                .getSingleResult();
    }

    /**
     * Adds a question at the end of a survey or saves an edited one. A question with answers may be
     * reworded and may gain options, but keeps its type and its existing options.
     * The form's indicator, if any, needs a feed that fits the question's type.
     */
    @Allow(Caller.BOARD)
    public Question saveQuestion(long surveyId, QuestionForm form) {
        Survey survey = Input.find(em, Survey.class, surveyId);
        QuestionContent content = checkedContent(form.getContent());
        Indicator indicator = null;
        if (form.getIndicatorId() != null) {
            indicator = Input.find(em, Indicator.class, form.getIndicatorId());
            if (indicator.isComputed()) {
                throw new ValidationFailure("question.feed.computed", "indicator");
            }
            if (!feedFits(form.getFeed(), content.getType())) {
                throw new ValidationFailure("question.feed.unfit", "feed");
            }
        }
        boolean created = form.isNew();
        Question question;
        if (created) {
            long count = em.createQuery("select count(q) from Question q where q.survey.id = :id", Long.class)
                    .setParameter("id", surveyId)
                    .getSingleResult();
            if (count >= MAX_QUESTIONS) {
                throw new ValidationFailure("question.tooMany", null);
            }
            question = new Question(survey, nextPosition(surveyId), content);
        } else {
            question = Input.find(em, Question.class, form.getId(), form.getVersion());
            if (!question.getSurvey().getId().equals(surveyId)) {
                throw new NotFoundException("Question");
            }
            if (hasAnswers(question.getId())) {
                QuestionContent before = question.getContent();
                if (before.getType() != content.getType()) {
                    throw new ValidationFailure("question.type.locked", "type");
                }
                if (content.getType().hasOptions()
                        && content.optionList().size() < before.optionList().size()) {
                    throw new ValidationFailure("question.options.locked", "options");
                }
            }
            question.setContent(content);
        }
        question.setIndicator(indicator);
        question.setFeed(indicator == null ? null : form.getFeed());
        if (created) {
            em.persist(question);
            survey.getQuestions().add(question);
        }
        em.flush();
        audit.record(
                created ? AuditAction.CREATE : AuditAction.UPDATE,
                QUESTION,
                question.getId(),
                survey.getName() + ": " + content.getText());
        return question;
    }

    static boolean feedFits(Feed feed, QuestionType type) {
        if (feed == null) {
            return false;
        }
        return switch (feed) {
            case SHARE_TOP_TWO -> type == QuestionType.LIKERT;
            case SHARE_YES -> type == QuestionType.YES_NO;
            case MEAN -> type == QuestionType.LIKERT || type == QuestionType.NUMBER;
        };
    }

    private int nextPosition(long surveyId) {
        Integer max = em.createQuery("select max(q.position) from Question q where q.survey.id = :id", Integer.class)
                .setParameter("id", surveyId)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private boolean hasAnswers(long questionId) {
        return !em.createQuery("select a.id from Answer a where a.question.id = :id", Long.class)
                .setParameter("id", questionId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** The content as it will be saved, or the first refusal, at its field. */
    static QuestionContent checkedContent(QuestionContent raw) {
        QuestionContent content = raw.copy();
        if (content.getType() == null) {
            throw new ValidationFailure("question.type.required", "type");
        }
        String text = Input.blankToNull(content.getText());
        if (text == null) {
            throw new ValidationFailure("question.text.required", "text");
        }
        Input.maxLength(text, 500, "text");
        content.setText(text);
        content.setTextEn(Input.blankToNull(content.getTextEn()));
        Input.maxLength(content.getTextEn(), 500, "textEn");
        content.setSection(Input.blankToNull(content.getSection()));
        Input.maxLength(content.getSection(), 200, "section");
        content.setHelp(Input.blankToNull(content.getHelp()));
        Input.maxLength(content.getHelp(), 1000, "help");
        content.setHelpEn(Input.blankToNull(content.getHelpEn()));
        Input.maxLength(content.getHelpEn(), 1000, "helpEn");
        QuestionType type = content.getType();
        if (type.hasOptions()) {
            List<String> options = content.optionList();
            List<String> english = QuestionContent.lines(content.getOptionsEn());
            if (type == QuestionType.LIKERT && options.isEmpty()) {
                options = LIKERT_NL;
                english = english.isEmpty() ? LIKERT_EN : english;
            }
            if (type == QuestionType.LIKERT && options.size() != QuestionType.LIKERT_STEPS) {
                throw new ValidationFailure("question.likert.five", "options");
            }
            if (options.size() < 2 || options.size() > MAX_OPTIONS) {
                throw new ValidationFailure("question.options.count", "options");
            }
            if (options.stream().anyMatch(o -> o.length() > 200)) {
                throw new ValidationFailure("question.options.long", "options");
            }
            if (!english.isEmpty() && english.size() != options.size()) {
                throw new ValidationFailure("question.optionsEn.count", "optionsEn");
            }
            content.setOptions(String.join("\n", options));
            content.setOptionsEn(english.isEmpty() ? null : String.join("\n", english));
            Input.maxLength(content.getOptions(), 2000, "options");
            Input.maxLength(content.getOptionsEn(), 2000, "optionsEn");
        } else {
            content.setOptions(null);
            content.setOptionsEn(null);
        }
        if (type == QuestionType.NUMBER) {
            BigDecimal min = content.getNumberMin();
            BigDecimal max = content.getNumberMax();
            BigDecimal limit = new BigDecimal("1000000000");
            if (min != null && min.abs().compareTo(limit) >= 0
                    || max != null && max.abs().compareTo(limit) >= 0) {
                throw new ValidationFailure("question.number.range", "numberMin");
            }
            if (min != null && max != null && min.compareTo(max) >= 0) {
                throw new ValidationFailure("question.number.range", "numberMin");
            }
        } else {
            content.setNumberMin(null);
            content.setNumberMax(null);
        }
        return content;
    }

    /** Removes a question: archived when it has answers (they stay readable), deleted otherwise. */
    @Allow(Caller.BOARD)
    public boolean removeQuestion(long id, long version) {
        Question question = Input.find(em, Question.class, id, version);
        String summary =
                question.getSurvey().getName() + ": " + question.getContent().getText();
        if (hasAnswers(id)) {
            question.setArchived(true);
            audit.record(AuditAction.UPDATE, QUESTION, id, summary + " (gearchiveerd)");
            return false;
        }
        question.getSurvey().getQuestions().remove(question);
        audit.record(AuditAction.DELETE, QUESTION, id, summary);
        em.remove(question);
        return true;
    }

    /** Brings an archived question back for respondents. */
    @Allow(Caller.BOARD)
    public void restoreQuestion(long id, long version) {
        Question question = Input.find(em, Question.class, id, version);
        question.setArchived(false);
        audit.record(
                AuditAction.UPDATE,
                QUESTION,
                id,
                question.getSurvey().getName() + ": " + question.getContent().getText() + " (teruggezet)");
    }

    /** Swaps a question with its neighbour above ({@code up}) or below. */
    @Allow(Caller.BOARD)
    public void moveQuestion(long id, boolean up) {
        Question question = Input.find(em, Question.class, id);
        List<Question> questions = em.createQuery(
                        "select q from Question q where q.survey.id = :survey order by q.position", Question.class)
                .setParameter("survey", question.getSurvey().getId())
                .getResultList();
        int index = questions.indexOf(question);
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= questions.size()) {
            return;
        }
        Question neighbour = questions.get(other);
        int position = question.getPosition();
        // the unique-free positions let two rows swap in one flush
        question.setPosition(neighbour.getPosition());
        neighbour.setPosition(position);
        audit.record(
                AuditAction.UPDATE,
                QUESTION,
                id,
                question.getSurvey().getName() + ": " + question.getContent().getText() + " (verplaatst)");
    }

    @Allow(Caller.BOARD)
    public List<WaveSummary> waves(long surveyId) {
        Input.find(em, Survey.class, surveyId);
        Map<Long, Long> responses = em.createQuery(
                        "select r.wave.id, count(r) from Response r where r.wave.survey.id = :id group by r.wave.id",
                        Object[].class)
                .setParameter("id", surveyId)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return em.createQuery("select w from Wave w where w.survey.id = :id order by w.opensOn, w.id", Wave.class)
                .setParameter("id", surveyId)
                .getResultStream()
                .map(w -> new WaveSummary(w, responses.getOrDefault(w.getId(), 0L)))
                .toList();
    }

    /** A wave with its survey loaded. */
    @Allow(Caller.BOARD)
    public Wave wave(long id) {
        return Input.find(em, Wave.class, id, Wave.WITH_SURVEY);
    }

    /** Opens a new wave with its own public link, or saves an edited wave's name, kind and dates. */
    @Allow(Caller.BOARD)
    public Wave saveWave(long surveyId, WaveForm form) {
        Survey survey = Input.find(em, Survey.class, surveyId);
        String name = Input.blankToNull(form.getName());
        if (name == null) {
            throw new ValidationFailure("wave.name.required", "name");
        }
        Input.maxLength(name, 200, "name");
        if (form.getKind() == null) {
            throw new ValidationFailure("wave.kind.required", "kind");
        }
        if (form.getOpensOn() == null) {
            throw new ValidationFailure("wave.opensOn.required", "opensOn");
        }
        if (form.getClosesOn() == null) {
            throw new ValidationFailure("wave.closesOn.required", "closesOn");
        }
        if (form.getClosesOn().isBefore(form.getOpensOn())) {
            throw new ValidationFailure("wave.dates.order", "closesOn");
        }
        if (form.getClosesOn().isAfter(form.getOpensOn().plusYears(2))) {
            throw new ValidationFailure("wave.dates.long", "closesOn");
        }
        boolean created = form.isNew();
        Wave wave;
        if (created) {
            wave = new Wave(survey, LinkTokens.newToken());
        } else {
            wave = Input.find(em, Wave.class, form.getId(), form.getVersion());
            if (!wave.getSurvey().getId().equals(surveyId)) {
                throw new NotFoundException("Wave");
            }
        }
        wave.setName(name);
        wave.setKind(form.getKind());
        wave.setOpensOn(form.getOpensOn());
        wave.setClosesOn(form.getClosesOn());
        if (created) {
            em.persist(wave);
            em.flush();
            em.persist(new SurveyLink(
                    LinkTokens.hash(wave.getToken()), Tenancy.requireInitiative(), wave.getId(), null, false));
        }
        em.flush();
        audit.record(
                created ? AuditAction.CREATE : AuditAction.UPDATE, WAVE, wave.getId(), survey.getName() + ": " + name);
        return wave;
    }

    /** Closes an open wave today: its link then shows the closed page. */
    @Allow(Caller.BOARD)
    public Wave closeWave(long id, long version) {
        Wave wave = Input.find(em, Wave.class, id, version);
        LocalDate yesterday = LocalDate.now().minusDays(1);
        if (wave.getOpensOn().isAfter(yesterday)) {
            wave.setOpensOn(yesterday);
        }
        wave.setClosesOn(yesterday);
        em.flush();
        audit.record(AuditAction.UPDATE, WAVE, id, wave.getSurvey().getName() + ": " + wave.getName() + " (gesloten)");
        return wave;
    }

    /** Deletes a wave without responses, and with it its link. */
    @Allow(Caller.BOARD)
    public void deleteWave(long id, long version) {
        Wave wave = Input.find(em, Wave.class, id, version);
        long responses = em.createQuery("select count(r) from Response r where r.wave.id = :id", Long.class)
                .setParameter("id", id)
                .getSingleResult();
        if (responses > 0) {
            throw new ValidationFailure("wave.hasResponses", null);
        }
        audit.record(AuditAction.DELETE, WAVE, id, wave.getSurvey().getName() + ": " + wave.getName());
        em.createQuery("delete from SurveyLink l where l.waveId = :id")
                .setParameter("id", id)
                .executeUpdate();
        em.remove(wave);
    }

    /**
     * A one-time link for the client of a finished help request, to the open case-closure wave. Its
     * answers carry the request's category, never the request or the person; the token is shown
     * once and kept only as its hash.
     *
     * @return the link's token
     */
    @Allow(Caller.BOARD)
    public String closureLink(long helpRequestId) {
        HelpRequest request = Input.find(em, HelpRequest.class, helpRequestId);
        if (request.getStatus() != HelpStatus.DONE) {
            throw new ValidationFailure("closure.notDone", null);
        }
        LocalDate today = LocalDate.now();
        Wave wave = em.createQuery(
                        "select w from Wave w where w.kind = :kind and w.opensOn <= :today and w.closesOn >= :today "
                                + "order by w.opensOn desc, w.id desc",
                        Wave.class)
                .setParameter("kind", WaveKind.CLOSURE)
                .setParameter("today", today)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ValidationFailure("closure.noWave", null));
        String token = LinkTokens.newToken();
        em.persist(new SurveyLink(
                LinkTokens.hash(token),
                Tenancy.requireInitiative(),
                wave.getId(),
                request.getCategory().getId(),
                true));
        em.flush();
        audit.record(
                AuditAction.CREATE,
                "surveyLink",
                wave.getId(),
                wave.getSurvey().getName() + ", " + wave.getName() + ": eenmalige link ("
                        + request.getCategory().getName() + ")");
        return token;
    }

    /** Keeps a copy of one of the initiative's surveys as a template for every initiative; advisors only. */
    @Allow(Caller.INITIATIVE_ADVISOR)
    public SurveyTemplate saveAsTemplate(long surveyId, String name) {
        Survey survey = Input.find(em, Survey.class, surveyId);
        String templateName = Input.blankToNull(name);
        if (templateName == null) {
            throw new ValidationFailure("template.name.required", "templateName");
        }
        Input.maxLength(templateName, 200, "templateName");
        boolean taken = !em.createQuery(
                        "select t.id from SurveyTemplate t where lower(t.name) = lower(:name)", Long.class)
                .setParameter("name", templateName)
                .getResultList()
                .isEmpty();
        if (taken) {
            throw new ValidationFailure("template.name.taken", "templateName");
        }
        SurveyTemplate template = new SurveyTemplate();
        template.setName(templateName);
        template.setDescription(survey.getDescription());
        template.setIntro(survey.getIntro());
        template.setIntroEn(survey.getIntroEn());
        template.setEnglish(survey.isEnglish());
        int position = 1;
        for (Question question : survey.getQuestions()) {
            if (!question.isArchived()) {
                template.getQuestions()
                        .add(new TemplateQuestion(
                                template, position++, question.getContent().copy()));
            }
        }
        em.persist(template);
        em.flush();
        audit.record(AuditAction.CREATE, "surveyTemplate", template.getId(), templateName);
        return template;
    }

    /** Removes a template; surveys copied from it are not affected. Advisors only. */
    @Allow(Caller.INITIATIVE_ADVISOR)
    public void deleteTemplate(long id) {
        SurveyTemplate template = Input.find(em, SurveyTemplate.class, id);
        audit.record(AuditAction.DELETE, "surveyTemplate", id, template.getName());
        em.remove(template);
    }
}
