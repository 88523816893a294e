package nl.cmostamm.portal.web.method.toc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import nl.cmostamm.portal.goal.Light;
import nl.cmostamm.portal.method.toc.Chain;
import nl.cmostamm.portal.method.toc.Chain.Element;
import nl.cmostamm.portal.method.toc.Chain.IndicatorEvidence;
import nl.cmostamm.portal.method.toc.Chain.Link;
import nl.cmostamm.portal.method.toc.Confidence;
import nl.cmostamm.portal.method.toc.Level;
import nl.cmostamm.portal.web.shared.Texts;

/**
 * Chains for the tests: the village help desk's Theory of Change, thirty elements as a real board
 * would write them (several per level, indicators in every state, stories, surveys, and outputs and
 * outcomes nothing supports yet), and small chains for the edge cases.
 */
final class ChainSamples {

    static final Locale DUTCH = Locale.forLanguageTag("nl");

    private ChainSamples() {}

    /** The bundle's texts, as the page hands them in. */
    static Function<String, String> text(Locale locale) {
        ResourceBundle bundle = Texts.bundle(locale);
        return bundle::getString;
    }

    /** Dorpsloket: a village help desk against loneliness among older residents. */
    static Chain helpDesk() {
        List<Element> elements = new ArrayList<>();
        elements.add(plain(1, Level.PROBLEM, "Eenzaamheid onder ouderen in het dorp neemt toe"));
        elements.add(plain(2, Level.PROBLEM, "Ouderen weten niet waar ze terechtkunnen met kleine hulpvragen"));
        elements.add(plain(3, Level.PROBLEM, "Hulpvragen komen steeds bij dezelfde paar vrijwilligers terecht"));
        elements.add(plain(4, Level.GOAL, "Ouderen wonen langer prettig en zelfstandig thuis"));
        elements.add(plain(5, Level.GOAL, "Iedereen in het dorp weet het Dorpsloket te vinden"));
        elements.add(plain(6, Level.GOAL, "Noaberschap: buren helpen elkaar vanzelf"));
        elements.add(plain(7, Level.INPUT, "Coördinator, 16 uur per week"));
        elements.add(plain(8, Level.INPUT, "Team van 6 en een netwerk van 140 vrijwilligers"));
        elements.add(plain(9, Level.INPUT, "Ruimte in het dorpshuis"));
        elements.add(plain(10, Level.INPUT, "Subsidie van gemeente en Oranjefonds"));
        elements.add(plain(11, Level.INPUT, "Samenwerking met de bibliotheek (Biblionet)"));
        elements.add(plain(12, Level.ACTIVITY, "Wekelijkse koffieochtend in het dorpshuis"));
        elements.add(plain(13, Level.ACTIVITY, "Klussen in huis en tuin"));
        elements.add(plain(14, Level.ACTIVITY, "Vervoer naar huisarts en ziekenhuis"));
        elements.add(plain(15, Level.ACTIVITY, "Computerhulp met Digisoam"));
        elements.add(plain(16, Level.ACTIVITY, "Hulp bij de administratie"));
        elements.add(plain(17, Level.ACTIVITY, "Wekelijks logboek van hulpvragen"));
        elements.add(measured(
                18,
                Level.OUTPUT,
                "Bezoekers van de koffieochtend",
                List.of(indicator(1, "Bezoekers per ochtend", "18", "25", "personen", Light.ORANGE)),
                3,
                List.of()));
        elements.add(measured(
                19,
                Level.OUTPUT,
                "Afgeronde klussen",
                List.of(indicator(2, "Klussen per maand", "42", "40", null, Light.GREEN)),
                0,
                List.of()));
        elements.add(measured(
                20,
                Level.OUTPUT,
                "Ritten naar zorg",
                List.of(indicator(3, "Ritten per maand", "31", "40", null, Light.ORANGE)),
                0,
                List.of()));
        elements.add(measured(
                21,
                Level.OUTPUT,
                "Mensen geholpen met de computer",
                List.of(indicator(4, "Geholpen per kwartaal", null, "30", "personen", Light.GREY)),
                0,
                List.of()));
        elements.add(measured(
                22,
                Level.OUTPUT,
                "Actieve vrijwilligers",
                List.of(
                        indicator(5, "Actieve vrijwilligers", "62", "80", null, Light.ORANGE),
                        indicator(6, "Uren per vrijwilliger", "5.5", "4", "uur", Light.RED)),
                0,
                List.of()));
        elements.add(plain(23, Level.OUTPUT, "Doorverwijzingen naar Wmo-loket en IMG"));
        elements.add(measured(
                24,
                Level.OUTCOME,
                "Ouderen voelen zich minder eenzaam",
                List.of(indicator(7, "Voelt zich minder eenzaam", "58", "70", "%", Light.ORANGE)),
                5,
                List.of("Bezoekers koffieochtend 2026")));
        elements.add(measured(25, Level.OUTCOME, "Ouderen vragen eerder om hulp", List.of(), 2, List.of()));
        elements.add(measured(
                26,
                Level.OUTCOME,
                "Vrijwilligers houden het werk vol",
                List.of(indicator(8, "Voelt zich overbelast", "12", "10", "%", Light.RED)),
                0,
                List.of()));
        elements.add(plain(27, Level.OUTCOME, "Ouderen zijn digitaal zelfstandiger"));
        elements.add(measured(
                28, Level.IMPACT, "Sterker noaberschap in het dorp", List.of(), 0, List.of("Dorpsenquête 2025")));
        elements.add(plain(29, Level.IMPACT, "Minder vraag naar zwaardere zorg"));
        elements.add(measured(
                30,
                Level.IMPACT,
                "Een leefbaar dorp waar ouderen blijven wonen",
                List.of(indicator(9, "75-plussers zelfstandig thuis", "92", "90", "%", Light.GREEN)),
                0,
                List.of()));

        List<Link> links = new ArrayList<>();
        long[][] plainLinks = {
            {1, 4}, {2, 5}, {3, 6}, {4, 8}, {5, 7}, {6, 8}, {4, 10}, {5, 9}, {7, 17}, {8, 13}, {8, 14}, {9, 12},
            {10, 12}, {11, 15}, {8, 16}, {13, 19}, {14, 20}, {15, 21}, {16, 23}, {17, 22}, {13, 22}, {19, 25}, {21, 27},
            {26, 28}, {27, 30}
        };
        for (long[] pair : plainLinks) {
            links.add(new Link(100 + links.size(), pair[0], pair[1], null, null, null));
        }
        links.add(new Link(
                200,
                12,
                18,
                "Ouderen komen als de koffieochtend dichtbij en vast is",
                Confidence.HIGH,
                "Presentielijsten sinds 2019"));
        links.add(new Link(
                201,
                18,
                24,
                "Wie regelmatig komt, bouwt nieuwe contacten op",
                Confidence.MEDIUM,
                "Vragenlijst bezoekers koffieochtend 2026: 58% voelt zich minder eenzaam"));
        links.add(new Link(202, 20, 25, "Wie eenmaal geholpen is, durft een volgende keer te vragen", null, null));
        links.add(new Link(
                203,
                22,
                26,
                "Met meer vrijwilligers worden de hulpvragen beter verdeeld",
                Confidence.LOW,
                "Logboek: 40% van de klussen bij vijf vrijwilligers"));
        links.add(new Link(
                204,
                23,
                25,
                "Doorverwijzen helpt alleen als iemand meegaat naar het loket",
                Confidence.MEDIUM,
                "Twee verhalen van hulpvragers"));
        links.add(new Link(
                205,
                24,
                28,
                "Contacten van de koffieochtend gaan buiten het dorpshuis door",
                Confidence.MEDIUM,
                "Dorpsenquête 2025"));
        links.add(new Link(
                206,
                25,
                29,
                "Vroeg geholpen is minder zware zorg nodig",
                Confidence.LOW,
                "Landelijk onderzoek; nog niet voor ons dorp"));
        links.add(new Link(207, 24, 30, null, Confidence.HIGH, "Onderzoek naar eenzaamheid en gezondheid"));
        links.add(new Link(208, 4, 7, null, Confidence.HIGH, null));
        return new Chain(elements, links);
    }

    static Element plain(long id, Level level, String title) {
        return new Element(id, level, title, "Toelichting bij " + title.toLowerCase(DUTCH), null, 0, null);
    }

    static Element measured(
            long id, Level level, String title, List<IndicatorEvidence> indicators, int stories, List<String> surveys) {
        return new Element(id, level, title, null, indicators, stories, surveys);
    }

    static IndicatorEvidence indicator(long id, String name, String latest, String target, String unit, Light light) {
        return new IndicatorEvidence(
                id,
                name,
                latest == null ? null : new BigDecimal(latest),
                target == null ? null : new BigDecimal(target),
                unit,
                light);
    }
}
