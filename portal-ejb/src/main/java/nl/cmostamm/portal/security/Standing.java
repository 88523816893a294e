package nl.cmostamm.portal.security;

/**
 * How the current account stands in an initiative it has entered. Admins of the knowledge centre
 * and the initiative's advisors may do everything a board admin may.
 */
public enum Standing {
    ADMIN,
    ADVISOR,
    BOARD_ADMIN,
    BOARD_MEMBER;

    public boolean mayManage() {
        return this != BOARD_MEMBER;
    }
}
