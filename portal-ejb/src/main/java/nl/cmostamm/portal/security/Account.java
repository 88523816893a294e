package nl.cmostamm.portal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/**
 * A person who can log in. The e-mail address is the login and is stored in lower case. An
 * invited person has an account without a password until they follow their invitation link.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "select a from Account a where a.email = :email")
@NamedQuery(
        name = Account.ADVISORS,
        query = "select a from Account a where a.advisor = true or a.admin = true order by a.displayName")
public class Account implements Serializable {

    public static final String BY_EMAIL = "Account.byEmail";
    public static final String ADVISORS = "Account.advisors";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Email
    @Size(max = 254)
    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @NotBlank
    @Size(max = 120)
    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", length = 400)
    private String passwordHash;

    @Column(name = "preferred_language", nullable = false, length = 5)
    private String preferredLanguage = "nl";

    @Column(nullable = false)
    private boolean active = true;

    @Column(nullable = false)
    private boolean admin;

    @Column(nullable = false)
    private boolean advisor;

    /** Whether this advisor wants the morning e-mail with the portfolio's new alerts. */
    @Column(name = "alert_digest", nullable = false)
    private boolean alertDigest = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Version
    @Column(nullable = false)
    private long version;

    protected Account() {}

    public Account(String email, String displayName) {
        this.email = normalise(email);
        this.displayName = displayName;
    }

    /** E-mail addresses are compared case-insensitively and without surrounding spaces. */
    public static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public Language getLanguage() {
        return Language.of(preferredLanguage);
    }

    public void setLanguage(Language language) {
        this.preferredLanguage = language.code();
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean isAdmin() {
        return admin;
    }

    public void setAdmin(boolean admin) {
        this.admin = admin;
    }

    public boolean isAdvisor() {
        return advisor;
    }

    public void setAdvisor(boolean advisor) {
        this.advisor = advisor;
    }

    public boolean isAlertDigest() {
        return alertDigest;
    }

    public void setAlertDigest(boolean alertDigest) {
        this.alertDigest = alertDigest;
    }

    int getFailedLogins() {
        return failedLogins;
    }

    void setFailedLogins(int failedLogins) {
        this.failedLogins = failedLogins;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    void setLockedUntil(Instant lockedUntil) {
        this.lockedUntil = lockedUntil;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    /** The name an erased account keeps, so that the rows pointing at it still read sensibly. */
    public static final String ERASED_NAME = "Account (geanonimiseerd)";

    /**
     * Erases what identifies the person (AVG art. 17) while the row stays, so that every reference
     * to it (the audit log's actor, the author of a story or a comment) keeps holding: the address
     * becomes a unique placeholder under the reserved {@code .invalid} domain, the name a fixed text,
     * the password and every role go, and the account can no longer log in.
     */
    public void anonymise() {
        this.email = "gewist-" + id + "@geanonimiseerd.invalid";
        this.displayName = ERASED_NAME;
        this.passwordHash = null;
        this.preferredLanguage = "nl";
        this.active = false;
        this.admin = false;
        this.advisor = false;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    /** Whether {@link #anonymise()} already ran for this account. */
    public boolean isAnonymised() {
        return email.endsWith("@geanonimiseerd.invalid") && ERASED_NAME.equals(displayName) && !active;
    }
}
