package nl.cmostamm.portal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.cmostamm.portal.initiative.DefaultThemes;
import nl.cmostamm.portal.logbook.HelpCategory;
import org.junit.jupiter.api.Test;

/**
 * The demo's links of efforts to effects and target groups name only what the initiative has, so
 * that the demo data set never stops loading over a typo in a name.
 */
class DemoEffortsTest {

    @Test
    void westerwoldeKeepsTheDefaultTargetGroupsAndAddsFamiliesAfterYoungPeople() {
        List<String> groups = DemoEfforts.targetGroups("westerwolde");
        assertEquals(DefaultThemes.TARGET_GROUPS.size() + 1, groups.size());
        assertEquals(groups.indexOf("Jongeren") + 1, groups.indexOf("Gezinnen"));
        assertTrue(groups.containsAll(DefaultThemes.TARGET_GROUPS));
        assertEquals(DefaultThemes.TARGET_GROUPS, DemoEfforts.targetGroups("smilde"));
    }

    @Test
    void everyWesterwoldeHelpCategoryServesOneOfItsEffects() {
        List<String> effects = westerwolde().effects();
        assertEquals(HelpCategory.DEFAULTS.size(), DemoEfforts.WESTERWOLDE_CATEGORY_EFFECTS.size());
        for (String category : HelpCategory.DEFAULTS) {
            assertTrue(
                    effects.contains(DemoEfforts.WESTERWOLDE_CATEGORY_EFFECTS.get(category)),
                    category + " serves one of Westerwolde's effects");
        }
    }

    @Test
    void everyDemoActivityNamesOnlyItsInitiativesEffectsAndTargetGroups() {
        for (DemoInitiative initiative : DemoInitiative.ALL) {
            List<String> groups = DemoEfforts.targetGroups(initiative.slug());
            for (DemoGoals.Activity activity : DemoGoals.ACTIVITIES.getOrDefault(initiative.slug(), List.of())) {
                if (initiative.effects().isEmpty()) {
                    assertNull(activity.effect(), activity.name());
                } else {
                    assertNotNull(activity.effect(), activity.name() + " serves an effect");
                    assertTrue(initiative.effects().contains(activity.effect()), activity.name());
                }
                assertTrue(!activity.targetGroups().isEmpty(), activity.name() + " is for someone");
                assertTrue(groups.containsAll(activity.targetGroups()), activity.name());
            }
        }
        assertTrue(DemoGoals.ACTIVITIES.get("westerwolde").size() >= 5, "Westerwolde has activities to report");
    }

    private static DemoInitiative westerwolde() {
        return DemoInitiative.ALL.stream()
                .filter(d -> d.slug().equals("westerwolde"))
                .findFirst()
                .orElseThrow();
    }
}
