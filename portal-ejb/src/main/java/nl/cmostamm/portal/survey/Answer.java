package nl.cmostamm.portal.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import nl.cmostamm.portal.tenant.TenantOwned;

/**
 * One answer to one question: a choice (1-based position in the options; yes 1, no 2), a number or
 * a text. A multiple-choice question has one answer per chosen option.
 */
@Entity
@Table(name = "survey_answer")
public class Answer extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "response_id", nullable = false, updatable = false)
    private Response response;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false, updatable = false)
    private Question question;

    @Column(updatable = false)
    private Integer choice;

    @Column(name = "number_value", precision = 14, scale = 2, updatable = false)
    private BigDecimal number;

    @Column(name = "text_value", length = 4000, updatable = false)
    private String text;

    protected Answer() {}

    private Answer(Response response, Question question) {
        this.response = response;
        this.question = question;
    }

    static Answer choice(Response response, Question question, int choice) {
        Answer answer = new Answer(response, question);
        answer.choice = choice;
        return answer;
    }

    static Answer number(Response response, Question question, BigDecimal number) {
        Answer answer = new Answer(response, question);
        answer.number = number;
        return answer;
    }

    static Answer text(Response response, Question question, String text) {
        Answer answer = new Answer(response, question);
        answer.text = text;
        return answer;
    }

    public Response getResponse() {
        return response;
    }

    public Question getQuestion() {
        return question;
    }

    public Integer getChoice() {
        return choice;
    }

    public BigDecimal getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }
}
