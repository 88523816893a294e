package nl.cmostamm.portal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A one-time link to set a password, for an invitation or a forgotten password. Only the SHA-256
 * of the token is stored, so a copy of the database yields no usable links.
 */
@Entity
@Table(name = "auth_token")
@NamedQuery(
        name = AuthToken.BY_HASH,
        query = "select t from AuthToken t join fetch t.account where t.tokenHash = :hash")
@NamedQuery(
        name = AuthToken.OPEN_OF_ACCOUNT,
        query = "select t from AuthToken t where t.account.id = :account and t.usedAt is null")
public class AuthToken implements Serializable {

    public static final String BY_HASH = "AuthToken.byHash";
    public static final String OPEN_OF_ACCOUNT = "AuthToken.openOfAccount";

    /** What the link is for; both end with a password being set. */
    public enum Purpose {
        INVITATION,
        PASSWORD_RESET
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AuthToken() {}

    AuthToken(Account account, Purpose purpose, String tokenHash, Instant expiresAt) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    public Account getAccount() {
        return account;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void markUsed(Instant now) {
        this.usedAt = now;
    }
}
