package nl.cmostamm.portal.security;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import nl.cmostamm.portal.initiative.Initiative;

/**
 * A seat on an initiative's board. Not an EclipseLink multitenant entity, because an account
 * must find its own boards before it has entered one (login, the initiative switcher, the
 * portfolio), and EclipseLink's filter would then show nothing. So isolation is enforced once, by
 * the database: its policy lets a transaction read the memberships of its own tenant and of its own
 * account, and add, change or remove them only within its tenant (see {@code tenant}). Every query
 * here names the initiative or the account explicitly.
 */
@Entity
@Table(name = "board_membership")
@NamedQuery(
        name = BoardMembership.OF_ACCOUNT,
        query =
                "select m from BoardMembership m join fetch m.initiative i where m.account.id = :account order by i.name")
@NamedQuery(
        name = BoardMembership.OF_INITIATIVE,
        query =
                "select m from BoardMembership m join fetch m.account a where m.initiative.id = :initiative order by a.displayName")
@NamedQuery(
        name = BoardMembership.ONE,
        query = "select m from BoardMembership m where m.initiative.id = :initiative and m.account.id = :account")
public class BoardMembership implements Serializable {

    public static final String OF_ACCOUNT = "BoardMembership.ofAccount";
    public static final String OF_INITIATIVE = "BoardMembership.ofInitiative";
    public static final String ONE = "BoardMembership.one";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "initiative_id", nullable = false, updatable = false)
    private Initiative initiative;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BoardRole role;

    @Version
    @Column(nullable = false)
    private long version;

    protected BoardMembership() {}

    public BoardMembership(Initiative initiative, Account account, BoardRole role) {
        this.initiative = initiative;
        this.account = account;
        this.role = role;
    }

    public Long getId() {
        return id;
    }

    public Initiative getInitiative() {
        return initiative;
    }

    public Account getAccount() {
        return account;
    }

    public BoardRole getRole() {
        return role;
    }

    public void setRole(BoardRole role) {
        this.role = role;
    }

    public long getVersion() {
        return version;
    }
}
