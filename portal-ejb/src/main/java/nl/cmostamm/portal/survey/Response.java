package nl.cmostamm.portal.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.cmostamm.portal.tenant.TenantOwned;

/**
 * One anonymous submission to a wave: its day and language, and for a case-closure link the help
 * category of the request, never the request or the person. The submission key, made when the
 * form was shown, is unique per wave: submitting the same form twice stores one response.
 */
@Entity
@Table(name = "survey_response")
public class Response extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "wave_id", nullable = false, updatable = false)
    private Wave wave;

    @Column(name = "submission_key", nullable = false, length = 36, updatable = false)
    private String submissionKey;

    @Column(name = "submitted_on", nullable = false, updatable = false)
    private LocalDate submittedOn;

    @Column(name = "help_category_id", updatable = false)
    private Long helpCategoryId;

    @Column(nullable = false, length = 2, updatable = false)
    private String language;

    protected Response() {}

    Response(Wave wave, String submissionKey, LocalDate submittedOn, Long helpCategoryId, String language) {
        this.wave = wave;
        this.submissionKey = submissionKey;
        this.submittedOn = submittedOn;
        this.helpCategoryId = helpCategoryId;
        this.language = language;
    }

    public Wave getWave() {
        return wave;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public Long getHelpCategoryId() {
        return helpCategoryId;
    }

    public String getLanguage() {
        return language;
    }
}
