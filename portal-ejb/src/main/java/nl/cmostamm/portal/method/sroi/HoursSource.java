package nl.cmostamm.portal.method.sroi;

/**
 * Where the hours of volunteer time come from: typed in the map, or taken from the logbook's help
 * assignments or the activities register for the analysis' period, so nobody types them twice.
 */
public enum HoursSource {
    TYPED,
    LOGBOOK,
    ACTIVITIES
}
