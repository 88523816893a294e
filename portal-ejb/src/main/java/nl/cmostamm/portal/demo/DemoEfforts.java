package nl.cmostamm.portal.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.initiative.DefaultThemes;
import nl.cmostamm.portal.initiative.SocietalEffect;
import nl.cmostamm.portal.logbook.HelpCategory;

/**
 * How the demo initiatives link their efforts for the insight report, as a board does once: which
 * target groups an initiative keeps (Welzijn Westerwolde adds families, for its family coaching)
 * and which societal effect each help category's help serves (only Westerwolde names effects).
 * The activities' links are in {@link DemoGoals#ACTIVITIES}, beside the activities themselves.
 */
final class DemoEfforts {

    /** Westerwolde's help categories, each for one of its three effects. */
    static final Map<String, String> WESTERWOLDE_CATEGORY_EFFECTS = Map.of(
            "Vervoer", "Autonomie & meedoen",
            "Klussen in huis en tuin", "Leefbaarheid & socialiseren",
            "Pc-hulp", "Ontwikkelen & (op)groeien",
            "Gezelschap", "Leefbaarheid & socialiseren",
            "Administratie", "Autonomie & meedoen",
            "Overig", "Leefbaarheid & socialiseren");

    private DemoEfforts() {}

    /** The initiative's target groups: the defaults, and for Westerwolde families after young people. */
    static List<String> targetGroups(String slug) {
        List<String> groups = new ArrayList<>(DefaultThemes.TARGET_GROUPS);
        if (slug.equals("westerwolde")) {
            groups.add(groups.indexOf("Jongeren") + 1, "Gezinnen");
        }
        return groups;
    }

    /** Links Westerwolde's categories to its effects; the other demo initiatives name no effects. */
    static void linkCategories(String slug, Map<String, HelpCategory> categories, Map<String, SocietalEffect> effects) {
        if (!slug.equals("westerwolde")) {
            return;
        }
        WESTERWOLDE_CATEGORY_EFFECTS.forEach(
                (category, effect) -> categories.get(category).setEffect(effects.get(effect)));
    }
}
