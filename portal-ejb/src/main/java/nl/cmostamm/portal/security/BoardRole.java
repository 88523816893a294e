package nl.cmostamm.portal.security;

/** A board admin also manages the initiative's members; a board member works in its space. */
public enum BoardRole {
    BOARD_ADMIN,
    BOARD_MEMBER
}
