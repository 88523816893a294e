package nl.cmostamm.portal.goal;

/** Where a goal stands: being drafted, pursued, reached, or given up. */
public enum GoalStatus {
    DRAFT,
    ACTIVE,
    ACHIEVED,
    STOPPED
}
