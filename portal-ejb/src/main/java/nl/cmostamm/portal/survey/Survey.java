package nl.cmostamm.portal.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.NamedSubgraph;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.cmostamm.portal.tenant.TenantOwned;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A questionnaire of the initiative, run in one or more waves. */
@Entity
@Table(name = "survey")
@NamedQuery(name = Survey.ALL, query = "select s from Survey s order by s.createdAt desc")
@NamedEntityGraph(
        name = Survey.WITH_QUESTIONS,
        attributeNodes = {@NamedAttributeNode(value = "questions", subgraph = "questions")},
        subgraphs = @NamedSubgraph(name = "questions", attributeNodes = @NamedAttributeNode("indicator")))
public class Survey extends TenantOwned {

    /** A survey with its questions and the indicators they feed. */
    public static final String WITH_QUESTIONS = "Survey.withQuestions";

    public static final String ALL = "Survey.all";

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 2000)
    private String description;

    /** What respondents read above the questions. */
    @Column(length = 2000)
    private String intro;

    @Column(name = "intro_en", length = 2000)
    private String introEn;

    /** Whether respondents may answer in English. */
    @Column(nullable = false)
    private boolean english;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @OneToMany(mappedBy = "survey")
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    private List<Question> questions = new ArrayList<>();

    /**
     * A new survey with a template's texts and a copy of each of its questions, which the caller
     * persists along with it; later changes to the template do not reach it.
     */
    static Survey copyOf(SurveyTemplate template, String name) {
        Survey survey = new Survey();
        survey.name = name;
        survey.description = template.getDescription();
        survey.intro = template.getIntro();
        survey.introEn = template.getIntroEn();
        survey.english = template.isEnglish();
        for (TemplateQuestion source : template.getQuestions()) {
            survey.questions.add(new Question(
                    survey, source.getPosition(), source.getContent().copy()));
        }
        return survey;
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

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<Question> getQuestions() {
        return questions;
    }
}
