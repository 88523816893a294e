package nl.cmostamm.portal.initiative;

import java.util.List;

/**
 * The starting lists of every new initiative: the five themes of social value from the publication
 * and the target groups most initiatives in Groningen and Drenthe work for (the help desk's
 * categories are the logbook's own, {@code HelpCategory.DEFAULTS}). The migrations give existing
 * initiatives the same lists.
 */
public final class DefaultThemes {

    public static final List<String> DUTCH = List.of(
            "Sociale cohesie",
            "Zingeving en eigenaarschap",
            "Gelijke kansen en inclusie",
            "Gezondheid en welzijn",
            "Versterking van de lokale democratie");

    /** The same list as the migration gives initiatives that existed before target groups. */
    public static final List<String> TARGET_GROUPS =
            List.of("Ouderen", "Jongeren", "Mantelzorgers", "Nieuwkomers", "Inwoners in het algemeen");

    private DefaultThemes() {}
}
