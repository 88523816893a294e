package nl.cmostamm.portal.stakeholder;

/** How closely a stakeholder group is involved, from being kept informed to shaping the work. */
public enum Involvement {
    INFORM,
    CONSULT,
    COCREATE
}
