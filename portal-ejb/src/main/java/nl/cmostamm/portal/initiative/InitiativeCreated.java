package nl.cmostamm.portal.initiative;

/**
 * A new initiative is being furnished with its starting lists. Fired synchronously inside that
 * transaction and in the new initiative's tenant, so features that keep their own starting lists
 * (the logbook's help categories) add them to the same commit; the initiative need not know them.
 */
public record InitiativeCreated(long initiativeId) {}
