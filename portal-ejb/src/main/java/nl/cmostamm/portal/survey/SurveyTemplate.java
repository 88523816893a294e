package nl.cmostamm.portal.survey;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A survey the knowledge centre keeps for every initiative to copy. Belongs to no initiative. */
@Entity
@Table(name = "survey_template")
@NamedQuery(name = SurveyTemplate.ALL, query = "select t from SurveyTemplate t order by t.name")
@NamedEntityGraph(
        name = SurveyTemplate.WITH_QUESTIONS,
        attributeNodes = {@NamedAttributeNode("questions")})
public class SurveyTemplate implements Serializable {

    /** A template with its questions. */
    public static final String WITH_QUESTIONS = "SurveyTemplate.withQuestions";

    public static final String ALL = "SurveyTemplate.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(nullable = false, length = 200, unique = true)
    private String name;

    @Column(length = 2000)
    private String description;

    @Column(length = 2000)
    private String intro;

    @Column(name = "intro_en", length = 2000)
    private String introEn;

    @Column(nullable = false)
    private boolean english;

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<TemplateQuestion> questions = new ArrayList<>();

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
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

    public List<TemplateQuestion> getQuestions() {
        return questions;
    }
}
