package nl.cmostamm.portal.story;

/** Who told the story. */
public enum TellerRole {
    PARTICIPANT,
    CARER,
    VOLUNTEER,
    RESIDENT,
    PROFESSIONAL
}
