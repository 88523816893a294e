package nl.cmostamm.portal.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.Table;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.tenant.TenantOwned;

/**
 * A question of a survey. Once it has answers it may be reworded but keeps its type, and removing
 * it archives it: respondents no longer see it, its answers stay readable.
 */
@Entity
@Table(name = "survey_question")
@NamedEntityGraph(
        name = Question.WITH_INDICATOR,
        attributeNodes = {@NamedAttributeNode("indicator")})
public class Question extends TenantOwned {

    /** A question with the indicator it feeds. */
    public static final String WITH_INDICATOR = "Question.withIndicator";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id", nullable = false)
    private Survey survey;

    @Column(nullable = false)
    private int position;

    @Embedded
    private QuestionContent content = new QuestionContent();

    @Column(nullable = false)
    private boolean archived;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "indicator_id")
    private Indicator indicator;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Feed feed;

    public Question() {}

    public Question(Survey survey, int position, QuestionContent content) {
        this.survey = survey;
        this.position = position;
        this.content = content;
    }

    public Survey getSurvey() {
        return survey;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public QuestionContent getContent() {
        return content;
    }

    public void setContent(QuestionContent content) {
        this.content = content;
    }

    public QuestionType getType() {
        return content.getType();
    }

    public boolean isArchived() {
        return archived;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public void setIndicator(Indicator indicator) {
        this.indicator = indicator;
    }

    public Feed getFeed() {
        return feed;
    }

    public void setFeed(Feed feed) {
        this.feed = feed;
    }
}
