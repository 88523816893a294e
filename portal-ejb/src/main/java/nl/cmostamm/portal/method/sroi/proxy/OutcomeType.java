package nl.cmostamm.portal.method.sroi.proxy;

/**
 * The kinds of change in the Dutch social domain a proxy can value, as the library is searched by
 * them. A fixed set, checked by the database too (V12): a new type is a migration and two bundle
 * keys ({@code outcomeType.*}), not something typed in a form.
 */
public enum OutcomeType {
    /** Eenzaamheid. */
    LONELINESS,
    /** Sociale contacten, ergens bij horen. */
    SOCIAL_CONTACT,
    /** Welbevinden, levenstevredenheid. */
    WELLBEING,
    /** Gezondheid en zorggebruik. */
    HEALTH,
    /** Zelfredzaamheid, langer zelfstandig thuis wonen. */
    INDEPENDENCE,
    /** Ontlasting van mantelzorgers en professionele zorg. */
    CARE_RELIEF,
    /** Vrijwillige inzet, also as an input: what an hour of it is worth. */
    VOLUNTEERING,
    /** Werk, meedoen, inkomen. */
    EMPLOYMENT,
    /** Jeugd: ontwikkelen en opgroeien. */
    YOUTH,
    /** Veiligheid. */
    SAFETY,
    /** Leefbaarheid van dorp of wijk. */
    LIVEABILITY
}
