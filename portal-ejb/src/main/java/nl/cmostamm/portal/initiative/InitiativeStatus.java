package nl.cmostamm.portal.initiative;

/** Archived initiatives stay readable but leave the default portfolio view. */
public enum InitiativeStatus {
    ACTIVE,
    ARCHIVED
}
