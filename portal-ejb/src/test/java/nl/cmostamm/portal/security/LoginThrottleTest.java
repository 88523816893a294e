package nl.cmostamm.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle(5);
    private final Instant now = Instant.parse("2026-11-28T19:30:00Z");

    @Test
    void theFirstFourFailuresCostNothing() {
        for (int failures = 1; failures <= 4; failures++) {
            assertNull(throttle.lockAfter(failures, now));
        }
    }

    @Test
    void fromTheFifthFailureThePauseDoublesUpToAnHour() {
        assertEquals(Duration.ofMinutes(1), Duration.between(now, throttle.lockAfter(5, now)));
        assertEquals(Duration.ofMinutes(2), Duration.between(now, throttle.lockAfter(6, now)));
        assertEquals(Duration.ofMinutes(4), Duration.between(now, throttle.lockAfter(7, now)));
        assertEquals(Duration.ofHours(1), Duration.between(now, throttle.lockAfter(12, now)));
        assertEquals(Duration.ofHours(1), Duration.between(now, throttle.lockAfter(500, now)));
    }

    @Test
    void anAccountIsLockedOnlyUntilThePauseEnds() {
        Instant until = throttle.lockAfter(5, now);

        assertTrue(throttle.isLocked(until, now.plusSeconds(59)));
        assertFalse(throttle.isLocked(until, now.plusSeconds(60)));
        assertFalse(throttle.isLocked(null, now));
    }
}
