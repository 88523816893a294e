package nl.cmostamm.portal.method.sroi.proxy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import nl.cmostamm.portal.security.Account;

/**
 * One line of a proxy's history: who added, edited, retired or reactivated it, and when. Written in
 * the transaction of the change it describes and never changed afterwards (the database gives the
 * application no UPDATE or DELETE on it), like the initiatives' audit log, which cannot hold it
 * because each of its rows belongs to an initiative.
 */
@Entity
@Table(name = "sroi_proxy_change")
public class ProxyChange implements Serializable {

    /** What happened to the proxy. */
    public enum Kind {
        CREATED,
        EDITED,
        RETIRED,
        REACTIVATED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proxy_id", nullable = false, updatable = false)
    private SroiProxy proxy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", updatable = false)
    private Account actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt = Instant.now();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Kind kind;

    /** The proxy's name and amount as they were after the change, so the history reads on its own. */
    @Column(length = 300, updatable = false)
    private String summary;

    protected ProxyChange() {}

    ProxyChange(SroiProxy proxy, Account actor, Kind kind, String summary) {
        this.proxy = proxy;
        this.actor = actor;
        this.kind = kind;
        this.summary = summary == null || summary.length() <= 300 ? summary : summary.substring(0, 299) + "…";
    }

    public Long getId() {
        return id;
    }

    public Account getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Kind getKind() {
        return kind;
    }

    public String getSummary() {
        return summary;
    }
}
