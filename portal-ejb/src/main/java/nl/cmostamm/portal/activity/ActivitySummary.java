package nl.cmostamm.portal.activity;

import java.io.Serializable;
import java.time.LocalDate;

/** An activity on the register's list, with how often it took place, how many came, and when last. */
public record ActivitySummary(Activity activity, long occurrences, long participants, LocalDate lastDate)
        implements Serializable {}
