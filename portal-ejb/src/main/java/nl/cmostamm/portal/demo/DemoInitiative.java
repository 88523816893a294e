package nl.cmostamm.portal.demo;

import java.time.LocalDate;
import java.util.List;
import nl.cmostamm.portal.initiative.Province;
import nl.cmostamm.portal.initiative.SocialBasisLevel;

/** One initiative of the demo data set, as described in the publication. */
record DemoInitiative(
        String slug,
        String name,
        String municipality,
        Province province,
        SocialBasisLevel level,
        LocalDate start,
        String mission,
        List<String> effects) {

    static final List<DemoInitiative> ALL = List.of(
            new DemoInitiative(
                    "middelstum",
                    "Dorpsloket Middelstum (coöperatie MiddelSoam)",
                    "Eemsdelta",
                    Province.GRONINGEN,
                    SocialBasisLevel.COMMUNAL,
                    LocalDate.of(2018, 12, 1),
                    "Een dorpsloket waar inwoners terechtkunnen met hulpvragen: vervoer, klussen in huis en tuin, "
                            + "pc-hulp, gezelschap en hulp bij administratie. Een coördinator en een team van zes "
                            + "koppelen vragen aan een netwerk van ruim 140 vrijwilligers. Succes is noaberschap zo sterk "
                            + "dat het loket overbodig wordt.",
                    List.of()),
            new DemoInitiative(
                    "smilde",
                    "Dorpshuis Smilde",
                    "Midden-Drenthe",
                    Province.DRENTHE,
                    SocialBasisLevel.COMMUNAL,
                    LocalDate.of(2019, 9, 1),
                    "Het dorpshuis in het veengebied: voedselbankuitgifte, weggeefwinkel, creatieve workshops, "
                            + "jeugdsoos, historische vereniging en een maandelijks dorpsdiner. Motto: erbij horen, "
                            + "meedoen en ertoe doen.",
                    List.of()),
            new DemoInitiative(
                    "ebbingehof",
                    "Ebbingehof",
                    "Groningen",
                    Province.GRONINGEN,
                    SocialBasisLevel.PERSONAL,
                    LocalDate.of(2017, 6, 1),
                    "Gemeenschappelijk wonen voor 50-plussers in de stad, een kwart sociale huur. Bewoners "
                            + "organiseren yoga, een eetclub, koffieochtenden, schilderen, een leesclub, koor en toneel.",
                    List.of()),
            new DemoInitiative(
                    "odensehuis",
                    "Odensehuis Meppel-Westerveld",
                    "Meppel",
                    Province.DRENTHE,
                    SocialBasisLevel.COMMUNAL,
                    LocalDate.of(2022, 3, 1),
                    "Een inloophuis voor mensen met (beginnende) dementie en hun mantelzorgers, in Meppel en "
                            + "Havelte. Geen indicatie of diagnose nodig; zestien vrijwilligers.",
                    List.of()),
            new DemoInitiative(
                    "westerwolde",
                    "Welzijn Westerwolde",
                    "Westerwolde",
                    Province.GRONINGEN,
                    SocialBasisLevel.INSTITUTIONAL,
                    LocalDate.of(2024, 1, 1),
                    "Welzijnswerk voor de hele gemeente: mantelzorgondersteuning, gezinscoaching, "
                            + "vrijwillige hulpdiensten, integratie van nieuwkomers en Steunstees. Geen wachtlijsten, "
                            + "geen indicatie, gratis.",
                    List.of("Leefbaarheid & socialiseren", "Ontwikkelen & (op)groeien", "Autonomie & meedoen")),
            new DemoInitiative(
                    "eexterveen",
                    "GroeiHuis Eexterveen",
                    "Aa en Hunze",
                    Province.DRENTHE,
                    SocialBasisLevel.COMMUNAL,
                    LocalDate.of(2025, 4, 1),
                    "Een nieuwe ontmoetingsplek met kinderopvang, lessen, workshops, sport en activiteiten voor "
                            + "jong en oud, ook voor Nieuw Annerveen en Spijkerboor.",
                    List.of()));
}
