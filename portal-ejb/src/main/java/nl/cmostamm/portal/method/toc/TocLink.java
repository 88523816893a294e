package nl.cmostamm.portal.method.toc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.cmostamm.portal.tenant.TenantOwned;

/** "This leads to that" between two elements, with the assumption behind it and its evidence. */
@Entity
@Table(name = "toc_link")
@NamedQuery(name = TocLink.ALL, query = "select l from TocLink l order by l.id")
public class TocLink extends TenantOwned {

    public static final String ALL = "TocLink.all";

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_element", nullable = false)
    private TocElement from;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_element", nullable = false)
    private TocElement to;

    @Size(max = 2000)
    @Column(length = 2000)
    private String assumption;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Confidence confidence;

    @Size(max = 2000)
    @Column(length = 2000)
    private String evidence;

    public TocElement getFrom() {
        return from;
    }

    public void setFrom(TocElement from) {
        this.from = from;
    }

    public TocElement getTo() {
        return to;
    }

    public void setTo(TocElement to) {
        this.to = to;
    }

    public String getAssumption() {
        return assumption;
    }

    public void setAssumption(String assumption) {
        this.assumption = assumption;
    }

    public Confidence getConfidence() {
        return confidence;
    }

    public void setConfidence(Confidence confidence) {
        this.confidence = confidence;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }
}
