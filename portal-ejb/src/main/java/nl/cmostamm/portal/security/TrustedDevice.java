package nl.cmostamm.portal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A browser that has logged in to an account before, known by the random token of a cookie it
 * carries (OWASP's "device cookie"; only the token's SHA-256 is stored). The pause after repeated
 * failed logins holds for unknown browsers only, so an attacker who knows an address cannot lock
 * its owner out; failed logins from a trusted browser count against that browser, which is
 * forgotten after too many, or after half a year unused.
 */
@Entity
@Table(name = "trusted_device")
@NamedQuery(name = TrustedDevice.BY_HASH, query = "select d from TrustedDevice d where d.tokenHash = :hash")
@NamedQuery(name = TrustedDevice.OF_ACCOUNT, query = "select d from TrustedDevice d where d.account.id = :account")
public class TrustedDevice {

    public static final String BY_HASH = "TrustedDevice.byHash";
    public static final String OF_ACCOUNT = "TrustedDevice.ofAccount";

    /** How long a browser stays trusted without logging in; also the cookie's lifetime. */
    public static final Duration TRUSTED_FOR = Duration.ofDays(180);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at", nullable = false)
    private Instant lastUsedAt;

    protected TrustedDevice() {}

    TrustedDevice(Account account, String tokenHash, Instant now) {
        this.account = account;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.lastUsedAt = now;
    }

    /** Whether this browser may log in to {@code candidate} past a pause. */
    boolean vouchesFor(Account candidate, int maxFailures, Instant now) {
        return account.getId().equals(candidate.getId()) && failedLogins < maxFailures && !isForgotten(now);
    }

    /** Whether half a year has passed since this browser last logged in. */
    boolean isForgotten(Instant now) {
        return !now.isBefore(lastUsedAt.plus(TRUSTED_FOR));
    }

    /** Counts a wrong password from this browser; true when it has now had too many and must be forgotten. */
    boolean failed(int maxFailures) {
        failedLogins++;
        return failedLogins >= maxFailures;
    }

    void loggedIn(Instant now) {
        failedLogins = 0;
        lastUsedAt = now;
    }
}
