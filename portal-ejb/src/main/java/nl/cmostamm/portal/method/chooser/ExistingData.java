package nl.cmostamm.portal.method.chooser;

/**
 * What the initiative already collects: numbers (participants, activities, hours), stories and
 * experiences, answers to surveys, or nothing yet. {@link #NONE} stands alone.
 */
public enum ExistingData {
    NUMBERS,
    STORIES,
    SURVEYS,
    NONE
}
