package nl.cmostamm.portal.report.factsheet;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.cmostamm.portal.goal.Light;
import nl.cmostamm.portal.method.sroi.FinalRatio;
import nl.cmostamm.portal.method.toc.Level;
import nl.cmostamm.portal.security.Language;
import nl.cmostamm.portal.story.TellerRole;

/**
 * Everything one fact sheet shows, read in one transaction: the texts as the users typed them
 * (the document escapes them), the figures as numbers (the document writes them in Dutch notation),
 * and only the stories whose consent allows publication at the moment of reading. A section the
 * board switched off, or that has nothing to show, is empty or null.
 *
 * @param goals empty when the board left goals off
 * @param chain the Theory of Change level by level; empty when off or when there is none
 * @param sroi null when off or when no analysis is final
 * @param logo null when the board uploaded none
 * @param contact null when none
 */
public record FactSheetContent(
        Language language,
        String name,
        String place,
        String mission,
        List<Figure> figures,
        List<GoalLine> goals,
        List<PublishedStory> stories,
        List<ChainStep> chain,
        FinalRatio sroi,
        Logo logo,
        String contact,
        LocalDate madeOn)
        implements Serializable {

    public FactSheetContent {
        figures = List.copyOf(figures);
        goals = List.copyOf(goals);
        stories = List.copyOf(stories);
        chain = List.copyOf(chain);
    }

    /** The ids of the stories on the sheet, for its audit entry. */
    public List<Long> storyIds() {
        return stories.stream().map(PublishedStory::id).toList();
    }

    /** A key figure and its value; null when the portal cannot compute it (no final SROI analysis). */
    public record Figure(KeyFigure key, BigDecimal value) implements Serializable {}

    /** A goal with its indicators' lights. */
    public record GoalLine(String title, List<Lamp> lamps) implements Serializable {
        public GoalLine {
            lamps = List.copyOf(lamps);
        }
    }

    /** One indicator's traffic light: shown in words and colour, never colour alone. */
    public record Lamp(String indicator, Light light) implements Serializable {}

    /** A story whose consent allows publication today. */
    public record PublishedStory(
            long id, String title, String body, TellerRole tellerRole, String pseudonym, LocalDate toldOn)
            implements Serializable {}

    /** One level of the Theory of Change with the titles of its elements, in their order. */
    public record ChainStep(Level level, List<String> titles) implements Serializable {
        public ChainStep {
            titles = List.copyOf(titles);
        }
    }

    /** The board's logo, checked by content when it was uploaded. */
    public record Logo(String contentType, byte[] content) implements Serializable {}
}
