package nl.cmostamm.portal.survey;

/** How a question's answers in a wave become a measurement of an indicator. */
public enum Feed {
    /** The percentage of answers in the top two steps of a Likert question ("(rather) satisfied"). */
    SHARE_TOP_TWO,
    /** The percentage of yes among the answers to a yes/no question. */
    SHARE_YES,
    /** The mean of a Likert or number question. */
    MEAN
}
