package nl.cmostamm.portal.initiative;

import java.util.List;

/** The five themes of social value from the publication, every new initiative's starting list. */
public final class DefaultThemes {

    public static final List<String> DUTCH = List.of(
            "Sociale cohesie",
            "Zingeving en eigenaarschap",
            "Gelijke kansen en inclusie",
            "Gezondheid en welzijn",
            "Versterking van de lokale democratie");

    private DefaultThemes() {
    }
}
