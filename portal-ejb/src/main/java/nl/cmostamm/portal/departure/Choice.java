package nl.cmostamm.portal.departure;

import java.io.Serializable;
import nl.cmostamm.portal.initiative.InitiativeStatus;

/** An initiative in the leave page's pick list. */
public record Choice(Long id, String name, String slug, InitiativeStatus status) implements Serializable {}
