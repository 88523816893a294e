package nl.cmostamm.portal.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.shared.Mailer;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.shared.PortalConfig;
import nl.cmostamm.portal.shared.SecretTokens;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.tenant.Tenancy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Logging in, one-time links and passwords of accounts.
 *
 * <p>Every failure to log in looks the same from outside, whether the account is unknown,
 * inactive, locked or the password wrong: the caller cannot learn which accounts exist. Failed
 * attempts are counted in their own transaction, so they stick even though the login fails.
 */
@Stateless
@Guarded
public class AccountService {

    /** How long an invitation or reset link stays valid. */
    public static final Duration TOKEN_LIFETIME = Duration.ofDays(7);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    @ConfigProperty(name = PortalConfig.PASSWORD_ITERATIONS, defaultValue = "600000")
    int iterations;

    @Inject
    @ConfigProperty(name = PortalConfig.LOGIN_MAX_FAILURES, defaultValue = "5")
    int maxFailures;

    @Inject
    Mailer mailer;

    @Resource
    SessionContext context;

    private PasswordHasher hasher;
    private LoginThrottle throttle;
    private final Clock clock = Clock.systemUTC();

    @PostConstruct
    void init() {
        hasher = new PasswordHasher(iterations);
        throttle = new LoginThrottle(maxFailures);
    }

    /**
     * The account with these credentials, if it may log in now, with the token of the trusted-browser
     * cookie to (re)set. {@code device} is the token of the cookie the browser sent, if any: a
     * browser that logged in to this account before may log in during a pause that failures from
     * unknown browsers caused, and its own failures count against it alone (see
     * {@link TrustedDevice}). A successful login from an unknown browser makes it trusted.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @Allow(Caller.ANYONE)
    public Optional<SignIn> authenticate(String email, char[] password, String device) {
        Optional<Account> found = findByEmail(email);
        Instant now = clock.instant();
        if (found.isEmpty() || !found.get().isActive() || !found.get().hasPassword()) {
            hasher.verifyNothing(password);
            return Optional.empty();
        }
        Account account = found.get();
        TrustedDevice trusted = trustedDevice(device)
                .filter(d -> d.vouchesFor(account, maxFailures, now))
                .orElse(null);
        if (trusted == null && throttle.isLocked(account.getLockedUntil(), now)) {
            hasher.verifyNothing(password);
            return Optional.empty();
        }
        if (!hasher.verify(password, account.getPasswordHash())) {
            if (trusted != null) {
                if (trusted.failed(maxFailures)) {
                    em.remove(trusted);
                }
            } else {
                int failures = account.getFailedLogins() + 1;
                account.setFailedLogins(failures);
                account.setLockedUntil(throttle.lockAfter(failures, now));
            }
            return Optional.empty();
        }
        String token = device;
        if (trusted == null) {
            // a pause is lifted only by logging in where it applies, never from a trusted browser
            account.setFailedLogins(0);
            account.setLockedUntil(null);
            token = SecretTokens.newToken();
            em.persist(new TrustedDevice(account, SecretTokens.hash(token), now));
        } else {
            trusted.loggedIn(now);
        }
        // an account has a few browsers: old ones are sorted out here rather than with a bulk delete
        // whose timestamp parameter JPA 3.1 (Payara Server 6) cannot bind
        em.createNamedQuery(TrustedDevice.OF_ACCOUNT, TrustedDevice.class)
                .setParameter("account", account.getId())
                .getResultStream()
                .filter(old -> old.isForgotten(now))
                .forEach(em::remove);
        if (hasher.needsRehash(account.getPasswordHash())) {
            account.setPasswordHash(hasher.hash(password));
        }
        return Optional.of(new SignIn(account, token));
    }

    /** A successful login: the account, and the token of the browser's trusted-device cookie. */
    public record SignIn(Account account, String deviceToken) {}

    private Optional<TrustedDevice> trustedDevice(String token) {
        if (!SecretTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        return em.createNamedQuery(TrustedDevice.BY_HASH, TrustedDevice.class)
                .setParameter("hash", SecretTokens.hash(token))
                .getResultStream()
                .findFirst();
    }

    private Optional<Account> findByEmail(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normalise(email))
                .getResultStream()
                .findFirst();
    }

    /**
     * The account of the person being invited, made without a password when the address is new.
     * Refuses an invalid address or name with a message for the field.
     */
    @Allow(Caller.SERVICE)
    public Account findOrCreateInvitee(String email, String displayName) {
        String normalised = Account.normalise(email);
        if (normalised == null || normalised.length() > 254 || !normalised.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new ValidationFailure("account.email.invalid", "email");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 120) {
            throw new ValidationFailure("account.name.invalid", "displayName");
        }
        return findByEmail(normalised).orElseGet(() -> {
            Account created = new Account(normalised, displayName.strip());
            em.persist(created);
            em.flush();
            return created;
        });
    }

    /** The logged-in account itself, for its profile and the session's picture of the user. */
    @Allow(Caller.SIGNED_IN)
    public Account signedIn() {
        return get(Tenancy.requireAccount());
    }

    private Account get(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new NotFoundException("Account");
        }
        return account;
    }

    /**
     * Issues a one-time link for {@code account} and returns the raw token, which exists nowhere
     * else: show it or mail it, then forget it. Earlier open links of the account stop working.
     */
    @Allow(Caller.SERVICE)
    public String issueToken(Account account, AuthToken.Purpose purpose) {
        Account managed = em.find(Account.class, account.getId());
        em.createNamedQuery(AuthToken.OPEN_OF_ACCOUNT, AuthToken.class)
                .setParameter("account", managed.getId())
                .getResultList()
                .forEach(open -> open.markUsed(clock.instant()));
        String token = SecretTokens.newToken();
        em.persist(new AuthToken(
                managed, purpose, SecretTokens.hash(token), clock.instant().plus(TOKEN_LIFETIME)));
        return token;
    }

    /**
     * The invitation for someone just given a place: nothing to do for a person who already has a
     * password (they log in and find it); otherwise a one-time link, e-mailed when mail is configured.
     */
    @Allow(Caller.SERVICE)
    public Invitation invite(Account account, String where) {
        if (account.hasPassword()) {
            return new Invitation(account.getEmail(), null, false);
        }
        String token = issueToken(account, AuthToken.Purpose.INVITATION);
        boolean mailed = mailer.sendInvitation(account.getEmail(), account.getDisplayName(), where, token);
        return new Invitation(account.getEmail(), mailer.passwordLink(token), mailed);
    }

    /** The account a still usable link belongs to; empty for unknown, used or expired links. */
    @Allow(Caller.ANYONE)
    public Optional<AuthToken> usableToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(AuthToken.BY_HASH, AuthToken.class)
                .setParameter("hash", SecretTokens.hash(token))
                .getResultStream()
                .filter(t -> t.isUsable(clock.instant()))
                .findFirst();
    }

    /** Sets the password through a one-time link, which is then used up. */
    @Allow(Caller.ANYONE)
    public Account setPasswordWithToken(String token, String password) {
        AuthToken usable = usableToken(token).orElseThrow(() -> new ValidationFailure("token.invalid", null));
        Account account = usable.getAccount();
        PasswordPolicy.refusal(password, account.getEmail()).ifPresent(key -> {
            throw new ValidationFailure(key, "password");
        });
        account.setPasswordHash(hasher.hash(password.toCharArray()));
        account.setFailedLogins(0);
        account.setLockedUntil(null);
        usable.markUsed(clock.instant());
        return account;
    }

    /** Changes the password of the logged-in account, which must know its current one. */
    @Allow(Caller.SIGNED_IN)
    public void changePassword(String current, String replacement) {
        Account account = get(Tenancy.requireAccount());
        if (!hasher.verify(current.toCharArray(), account.getPasswordHash())) {
            throw new ValidationFailure("password.currentWrong", "current");
        }
        PasswordPolicy.refusal(replacement, account.getEmail()).ifPresent(key -> {
            throw new ValidationFailure(key, "replacement");
        });
        account.setPasswordHash(hasher.hash(replacement.toCharArray()));
    }

    @Allow(Caller.SIGNED_IN)
    public void setLanguage(Language language) {
        get(Tenancy.requireAccount()).setLanguage(language);
    }

    /** Whether the logged-in advisor gets the morning e-mail with the portfolio's new alerts. */
    @Allow(Caller.ADVISOR)
    public boolean wantsAlertDigest() {
        return get(Tenancy.requireAccount()).isAlertDigest();
    }

    /** Switches the morning e-mail with the portfolio's new alerts on or off for the logged-in advisor. */
    @Allow(Caller.ADVISOR)
    public void setAlertDigest(boolean wanted) {
        get(Tenancy.requireAccount()).setAlertDigest(wanted);
    }

    @Allow(Caller.SIGNED_IN)
    public void setDisplayName(String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.length() > 120) {
            throw new ValidationFailure("account.name.invalid", "displayName");
        }
        get(Tenancy.requireAccount()).setDisplayName(displayName.strip());
    }

    /**
     * Mails a one-time link to set a new password, when the address belongs to an active account
     * and mail is configured. The caller shows the same answer whatever happened here, and it
     * answers as fast: the look-up, the link and the mail happen after the answer has gone, so the
     * time of the answer does not tell whether the address has an account.
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Allow(Caller.ANYONE)
    public void requestPasswordReset(String email) {
        // the link is committed before the mail leaves: a reader quicker than the commit found it dead
        context.getBusinessObject(AccountService.class)
                .resetLink(email)
                .ifPresent(link -> mailer.sendPasswordReset(link.email(), link.name(), link.token()));
    }

    /** A new password-reset link for an active account of {@code email}, in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @Allow(Caller.SERVICE)
    public Optional<ResetLink> resetLink(String email) {
        return findByEmail(email)
                .filter(Account::isActive)
                .map(account -> new ResetLink(
                        account.getEmail(),
                        account.getDisplayName(),
                        issueToken(account, AuthToken.Purpose.PASSWORD_RESET)));
    }

    /** Who a reset link goes to, and the raw token, which exists nowhere else. */
    public record ResetLink(String email, String name, String token) {}

    /** Stores an account with a ready password hash; for the demo data set at start-up only. */
    @Allow(Caller.SYSTEM)
    public Account createWithHash(Account account, String passwordHash) {
        account.setPasswordHash(passwordHash);
        em.persist(account);
        em.flush(); // the caller needs the id at once
        return account;
    }

    /** A hash for accounts made outside a password flow (the demo data set). */
    @Allow(Caller.SYSTEM)
    public String hashPassword(String password) {
        return hasher.hash(password.toCharArray());
    }
}
