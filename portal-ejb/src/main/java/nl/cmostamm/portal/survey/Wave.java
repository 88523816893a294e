package nl.cmostamm.portal.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.cmostamm.portal.tenant.TenantOwned;

/**
 * One round of a survey, open between two days (both included), with its own public link. The
 * token is shown only to the initiative's board; the public side finds the wave by its hash.
 */
@Entity
@Table(name = "survey_wave")
@NamedEntityGraph(
        name = Wave.WITH_SURVEY,
        attributeNodes = {@NamedAttributeNode("survey")})
public class Wave extends TenantOwned {

    /** A wave with its survey. */
    public static final String WITH_SURVEY = "Wave.withSurvey";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id", nullable = false)
    private Survey survey;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WaveKind kind = WaveKind.PERIODIC;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(nullable = false, length = 64, updatable = false)
    private String token;

    public Wave() {}

    Wave(Survey survey, String token) {
        this.survey = survey;
        this.token = token;
    }

    public boolean isOpenOn(LocalDate day) {
        return SubmitRules.isOpen(opensOn, closesOn, day);
    }

    public Survey getSurvey() {
        return survey;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public WaveKind getKind() {
        return kind;
    }

    public void setKind(WaveKind kind) {
        this.kind = kind;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public String getToken() {
        return token;
    }
}
