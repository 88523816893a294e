package nl.cmostamm.portal.method.narrative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.cmostamm.portal.method.toc.TocElement;
import nl.cmostamm.portal.tenant.TenantOwned;

/** A domain of change, such as "contact met anderen", tied to an outcome of the ToC where one matches. */
@Entity
@Table(name = "msc_domain")
public class MscDomain extends TenantOwned {

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 1000)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "toc_element_id")
    private TocElement outcome;

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    void setDescription(String description) {
        this.description = description;
    }

    public TocElement getOutcome() {
        return outcome;
    }

    void setOutcome(TocElement outcome) {
        this.outcome = outcome;
    }
}
