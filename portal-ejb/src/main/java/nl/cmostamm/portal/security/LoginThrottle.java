package nl.cmostamm.portal.security;

import java.time.Duration;
import java.time.Instant;

/**
 * The growing pause after repeated failed logins for one account. The first
 * {@code freeFailures} failures cost nothing; each one after that locks the account for twice as
 * long as the one before, starting at one minute and capped at one hour. A correct password during
 * the pause is refused too, with the same message as a wrong one.
 */
public final class LoginThrottle {

    private static final Duration FIRST_PAUSE = Duration.ofMinutes(1);
    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    private final int freeFailures;

    public LoginThrottle(int freeFailures) {
        this.freeFailures = freeFailures;
    }

    public boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The moment until which the account stays locked after its {@code failures}-th failure, or null. */
    public Instant lockAfter(int failures, Instant now) {
        if (failures < freeFailures) {
            return null;
        }
        int doublings = Math.min(failures - freeFailures, 10);
        Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
        return now.plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause);
    }
}
