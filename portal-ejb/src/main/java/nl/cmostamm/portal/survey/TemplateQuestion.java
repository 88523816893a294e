package nl.cmostamm.portal.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A question of a survey template. */
@Entity
@Table(name = "survey_template_question")
public class TemplateQuestion implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id", nullable = false)
    private SurveyTemplate template;

    @Column(nullable = false)
    private int position;

    @Embedded
    private QuestionContent content = new QuestionContent();

    protected TemplateQuestion() {}

    public TemplateQuestion(SurveyTemplate template, int position, QuestionContent content) {
        this.template = template;
        this.position = position;
        this.content = content;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public QuestionContent getContent() {
        return content;
    }
}
