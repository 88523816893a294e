package nl.cmostamm.portal.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * The way from a public link to its wave: the SHA-256 of the link's token, the wave and its
 * initiative. A one-time link (case closure) takes one response. Not an EclipseLink multitenant
 * entity: a respondent has no account and no tenant, and this row is what tells the tenant, so it
 * is looked up by hash before any tenant exists. Readable by anyone for that reason (it holds no
 * token); the database lets only the wave's own initiative add, change or remove it.
 */
@Entity
@Table(name = "survey_link")
public class SurveyLink implements Serializable {

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "initiative_id", nullable = false, updatable = false)
    private long initiativeId;

    @Column(name = "wave_id", nullable = false, updatable = false)
    private long waveId;

    @Column(name = "help_category_id", updatable = false)
    private Long helpCategoryId;

    @Column(name = "one_time", nullable = false, updatable = false)
    private boolean oneTime;

    @Column(name = "used_at")
    private Instant usedAt;

    protected SurveyLink() {}

    SurveyLink(String tokenHash, long initiativeId, long waveId, Long helpCategoryId, boolean oneTime) {
        this.tokenHash = tokenHash;
        this.initiativeId = initiativeId;
        this.waveId = waveId;
        this.helpCategoryId = helpCategoryId;
        this.oneTime = oneTime;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public long getInitiativeId() {
        return initiativeId;
    }

    public long getWaveId() {
        return waveId;
    }

    public Long getHelpCategoryId() {
        return helpCategoryId;
    }

    public boolean isOneTime() {
        return oneTime;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
