package nl.cmostamm.portal.demo;

import java.util.ArrayList;
import java.util.List;
import nl.cmostamm.portal.report.factsheet.FactSheetForm;
import nl.cmostamm.portal.report.factsheet.FactSheetService;
import nl.cmostamm.portal.report.factsheet.KeyFigure;
import nl.cmostamm.portal.security.Language;
import nl.cmostamm.portal.story.Story;

/**
 * Smilde's fact sheet, the one that hangs framed in its community house: the figures of its
 * village dinners and volunteers, its SROI ratio, and the one story whose teller agreed to
 * publication. Chosen through the service, as the board would; no public link is made, since its
 * token would be shown to nobody.
 */
final class DemoFactSheet {

    private DemoFactSheet() {}

    static void write(String slug, FactSheetService sheets) {
        if (!slug.equals("smilde")) {
            return;
        }
        FactSheetForm form = sheets.form();
        form.setFigures(new ArrayList<>(List.of(
                KeyFigure.VOLUNTEER_HOURS,
                KeyFigure.PARTICIPANTS,
                KeyFigure.ACTIVITIES_HELD,
                KeyFigure.STORIES,
                KeyFigure.SROI_RATIO)));
        form.setStoryIds(new ArrayList<>(sheets.publishableStories().stream()
                .filter(story -> DemoStories.PUBLISHED.contains(story.getTitle()))
                .map(Story::getId)
                .toList()));
        form.setLanguage(Language.NL);
        form.setContact("Dorpshuis Smilde · Hoofdweg 110, Smilde · info@dorpshuissmilde.example");
        sheets.save(form);
    }
}
