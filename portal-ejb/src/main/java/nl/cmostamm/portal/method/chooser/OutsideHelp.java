package nl.cmostamm.portal.method.chooser;

/**
 * Help from outside the board: a student (or a volunteer who is good with figures), or an advisor,
 * such as one of CMO STAMM's, who can guide sessions or make an independent analysis.
 */
public enum OutsideHelp {
    NONE,
    STUDENT,
    ADVISOR
}
