package nl.cmostamm.portal.portfolio;

/**
 * The columns the dashboard can be sorted on, each with its SQL; anything else from a request is
 * ignored and sorts by name.
 */
public enum DashboardSort {
    NAME("name", "lower(i.name)"),
    MUNICIPALITY("municipality", "i.municipality"),
    PROVINCE("province", "i.province"),
    STATUS("status", "i.status"),
    /** From starting to established, as the chooser asks it; the names would sort otherwise. */
    PHASE("phase", "case s.phase when 'STARTING' then 1 when 'RUNNING' then 2 when 'ESTABLISHED' then 3 end"),
    LAST_ACTIVITY("lastActivity", "s.last_activity"),
    ALERTS("alerts", "alert_count");

    private final String field;
    private final String sql;

    DashboardSort(String field, String sql) {
        this.field = field;
        this.sql = sql;
    }

    String sql() {
        return sql;
    }

    public String field() {
        return field;
    }

    public static DashboardSort of(String field) {
        for (DashboardSort sort : values()) {
            if (sort.field.equals(field)) {
                return sort;
            }
        }
        return NAME;
    }
}
