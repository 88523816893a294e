package nl.cmostamm.portal.method.chooser;

/**
 * What an initiative wants to show, and to whom: the reasons for measuring of section 2.2 of the
 * publication (transparency and justifying investment to municipality and funds, growth by
 * learning what works, recognition and motivation of volunteers). More than one may apply.
 */
public enum Purpose {
    ACCOUNTABILITY_MUNICIPALITY,
    ACCOUNTABILITY_FUND,
    LEARNING,
    MOTIVATING_VOLUNTEERS,
    RECOGNITION
}
