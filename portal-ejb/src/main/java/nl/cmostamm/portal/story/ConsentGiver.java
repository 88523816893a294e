package nl.cmostamm.portal.story;

/** Who gave consent: the person themself, or a representative (for someone who no longer can). */
public enum ConsentGiver {
    PERSON,
    REPRESENTATIVE
}
