package nl.cmostamm.portal.shared;

/**
 * The MicroProfile Config keys of the portal, in one place. Each key can be given as an
 * environment variable by the usual MicroProfile mapping ({@code portal.db.url} becomes
 * {@code PORTAL_DB_URL}); {@code config/README.md} documents them all.
 */
public final class PortalConfig {

    public static final String DB_URL = "portal.db.url";
    public static final String DB_USER = "portal.db.user";
    public static final String DB_PASSWORD = "portal.db.password";
    public static final String DB_OWNER_USER = "portal.db.owner.user";
    public static final String DB_OWNER_PASSWORD = "portal.db.owner.password";
    public static final String DEMO = "portal.demo";
    public static final String BASE_URL = "portal.base.url";
    public static final String MAIL_HOST = "portal.mail.host";
    public static final String MAIL_PORT = "portal.mail.port";
    public static final String MAIL_USER = "portal.mail.user";
    public static final String MAIL_PASSWORD = "portal.mail.password";
    public static final String MAIL_FROM = "portal.mail.from";
    public static final String MAIL_STARTTLS = "portal.mail.starttls";
    public static final String LOGIN_MAX_FAILURES = "portal.login.max.failures";
    public static final String LOGIN_FAILURES_PER_ADDRESS = "portal.login.failures.per.address";
    public static final String PASSWORD_ITERATIONS = "portal.password.iterations";
    public static final String SURVEY_SUBMITS_PER_MINUTE = "portal.survey.submits.per.minute";
    public static final String SURVEY_UNKNOWN_LINKS_PER_MINUTE = "portal.survey.unknown.links.per.minute";
    public static final String DASHBOARD_REFRESH_MINUTES = "portal.dashboard.refresh.minutes";
    /** Whether the morning's alerts run (figures of every initiative, the advisors' e-mail) runs by itself. */
    public static final String ALERTS_DAILY = "portal.alerts.daily";

    public static final String WORKSHOP_JOINS_PER_MINUTE = "portal.workshop.joins.per.minute";
    public static final String WORKSHOP_WRONG_CODES_PER_MINUTE = "portal.workshop.wrong.codes.per.minute";
    public static final String WORKSHOP_RETENTION_DAYS = "portal.workshop.retention.days";
    public static final String RETENTION_TOKENS_DAYS = "portal.retention.tokens.days";
    public static final String RETENTION_TRUSTED_DEVICES_DAYS = "portal.retention.trusted.devices.days";
    public static final String RETENTION_JOB_RUNS_DAYS = "portal.retention.job.runs.days";
    public static final String TRUSTED_PROXIES = "portal.trusted.proxies";

    private PortalConfig() {}
}
