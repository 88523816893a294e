package nl.cmostamm.portal.maintenance;

import nl.cmostamm.portal.shared.PortalConfig;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A kind of record the portal keeps only for a while, with the setting that says how long. An
 * initiative's own content (goals, stories, measurements) has no retention class: its board keeps
 * or deletes it, and it leaves with the initiative.
 */
public enum RetentionClass {
    /** Participants' names and answers of workshop sessions, counted from the session's end. */
    WORKSHOP_ANSWERS("workshopAnswers", PortalConfig.WORKSHOP_RETENTION_DAYS, 90),
    /** Invitation and password-reset links, counted from when they expired or were used. */
    TOKENS("tokens", PortalConfig.RETENTION_TOKENS_DAYS, 30),
    /** Browsers remembered at login, counted from their last use. */
    TRUSTED_DEVICES("trustedDevices", PortalConfig.RETENTION_TRUSTED_DEVICES_DAYS, 180),
    /** This record of scheduled runs itself. */
    JOB_RUNS("jobRuns", PortalConfig.RETENTION_JOB_RUNS_DAYS, 400);

    private final String code;
    private final String key;
    private final int defaultDays;

    RetentionClass(String code, String key, int defaultDays) {
        this.code = code;
        this.key = key;
        this.defaultDays = defaultDays;
    }

    /** The name in a run's counts and in the message bundle ({@code retention.<code>}). */
    public String code() {
        return code;
    }

    /** The MicroProfile Config key of its period. */
    public String key() {
        return key;
    }

    /** The configured period in days (at least 1; a run refuses a class whose setting is lower). */
    public int days() {
        return ConfigProvider.getConfig().getOptionalValue(key, Integer.class).orElse(defaultDays);
    }
}
