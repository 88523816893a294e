package nl.cmostamm.portal.initiative;

/** The three levels of the social basis: a person's own network, the places where people meet and help each other, and the facilities and professionals that support communities. */
public enum SocialBasisLevel {
    PERSONAL,
    COMMUNAL,
    INSTITUTIONAL
}
